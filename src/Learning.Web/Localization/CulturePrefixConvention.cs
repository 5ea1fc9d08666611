using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Learning.Web.Localization;

/// <summary>Puts every public page under its language: <c>/fr/account/sign-in</c>. The admin area is not prefixed.</summary>
public sealed class CulturePrefixConvention : IPageRouteModelConvention
{
    // Error pages are reached by re-execution from any address, so they take the culture from the request.
    private static readonly HashSet<string> Unprefixed = new(StringComparer.OrdinalIgnoreCase) { "/Status", "/NotFound" };

    public void Apply(PageRouteModel model)
    {
        if (model.ViewEnginePath.StartsWith("/Admin", StringComparison.OrdinalIgnoreCase) || Unprefixed.Contains(model.ViewEnginePath))
        {
            return;
        }
        foreach (var selector in model.Selectors)
        {
            if (selector.AttributeRouteModel is { } route)
            {
                route.Template = "{culture:culture}/" + (route.Template ?? "").TrimStart('/');
            }
        }
    }
}
