using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>The errors of one form field by its name, for fields the validation tag helpers cannot name (per language, per row).</summary>
public static class FieldErrors
{
    public static string? Of(this ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}
