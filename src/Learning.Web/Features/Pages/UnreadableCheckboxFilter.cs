using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Learning.Web.Features.Pages;

/// <summary>
/// A yes/no field posted with something that is neither (a forged form) keeps its error, but forgets
/// the text: the checkbox that shows the form again reads the posted text as a boolean and would
/// fail the whole page.
/// </summary>
public sealed class UnreadableCheckboxFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var invalid = context.ModelState.Where(e => e.Value?.ValidationState == ModelValidationState.Invalid).Select(e => e.Key).ToList();
        foreach (var key in invalid.Where(k => IsYesNo(context.HandlerInstance.GetType(), k)))
        {
            context.ModelState.SetModelValue(key, rawValue: null, attemptedValue: null);
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }

    // "Input.RememberMe" or "Items[2].Done": follows the properties, skipping list indexes.
    private static bool IsYesNo(Type type, string key)
    {
        Type? current = type;
        foreach (var name in key.Split('.'))
        {
            var property = current?.GetProperty(name.Split('[')[0]);
            current = property?.PropertyType;
            if (current is not null && name.Contains('[') && current.IsGenericType)
            {
                current = current.GetGenericArguments()[^1];
            }
        }
        return current == typeof(bool) || current == typeof(bool?);
    }
}
