using Learning.Core.Security;
using Learning.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Web.Composition;

public static class PageRegistration
{
    public static IServiceCollection AddLearningPages(this IServiceCollection services)
    {
        services.AddRouting(o =>
        {
            o.LowercaseUrls = true;
            o.ConstraintMap["culture"] = typeof(CultureRouteConstraint);
        });
        services.AddRazorPages(o =>
            {
                o.Conventions.Add(new CulturePrefixConvention());
                o.Conventions.AuthorizeFolder("/Admin", SitePermissions.AccessAdmin.Name);
            })
            .AddMvcOptions(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(PageRegistration)));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "learning.af";
            o.FormFieldName = "__RequestVerificationToken";
        });
        services.AddScoped<PageAlternates>();
        services.Configure<RouteOptions>(_ => { });
        return services;
    }
}
