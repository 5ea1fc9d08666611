using Learning.Core.Cultures;
using Learning.Courses.Editions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Learning.Courses.Authoring;

/// <summary>A lesson's addresses are http(s) addresses, as recipes require; each resource has a title and an address.</summary>
public sealed class LessonChecks(PoStringLocalizer t)
{
    public void Check(LessonInput input, ModelStateDictionary errors)
    {
        CheckAddress(input.VideoUrl, "Input.VideoUrl", errors);
        CheckAddress(input.CaptionsUrl, "Input.CaptionsUrl", errors);
        for (var i = 0; i < input.Resources.Count; i++)
        {
            var resource = input.Resources[i];
            if (!input.Filled.Contains(resource))
            {
                continue;
            }
            if (string.IsNullOrWhiteSpace(resource.Title))
            {
                errors.AddModelError($"Input.Resources[{i}].Title", t["Enter a title."]);
            }
            else if (resource.Title.Trim().Length > ContentRules.TitleLength)
            {
                errors.AddModelError($"Input.Resources[{i}].Title", t["Use at most 300 characters."]);
            }
            if (string.IsNullOrWhiteSpace(resource.Url))
            {
                errors.AddModelError($"Input.Resources[{i}].Url", t["Enter an address that starts with http:// or https://."]);
            }
            CheckAddress(resource.Url, $"Input.Resources[{i}].Url", errors);
        }
    }

    private void CheckAddress(string? url, string key, ModelStateDictionary errors)
    {
        if (!string.IsNullOrWhiteSpace(url) && !ContentRules.IsWebAddress(url.Trim()))
        {
            errors.AddModelError(key, t["Enter an address that starts with http:// or https://."]);
        }
    }
}
