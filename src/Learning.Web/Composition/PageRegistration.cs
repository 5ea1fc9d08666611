using Learning.Core.Caching;
using Learning.Core.Security;
using Learning.Web.Features.Api;
using Learning.Web.Features.Caching;
using Learning.Web.Features.Pages;
using Learning.Web.Localization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.WebEncoders;

namespace Learning.Web.Composition;

public static class PageRegistration
{
    public static IServiceCollection AddLearningPages(this IServiceCollection services)
    {
        services.AddRouting(o =>
        {
            // Addresses are written lower case in the page templates already; lowering generated ones
            // too would turn /zh-Hans/ and ids such as mooc-run-4-leadership-zh-Hans into addresses that do not exist.
            o.LowercaseUrls = false;
            o.ConstraintMap["culture"] = typeof(CultureRouteConstraint);
        });
        services.AddRazorPages(o =>
            {
                o.Conventions.Add(new CulturePrefixConvention());
                o.Conventions.AuthorizeFolder("/Admin", SitePermissions.AccessAdmin.Name);
                o.Conventions.ConfigureFilter(new UnhandledMethodFilter());
                o.Conventions.ConfigureFilter(new UnreadableCheckboxFilter());
            })
            .AddMvcOptions(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(PageRegistration)));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "learning.af";
            o.FormFieldName = "__RequestVerificationToken";
        });
        services.AddOutputCache(o => o.AddPolicy(PublicCache.PagePolicy, new PublicPagePolicy()));
        services.AddScoped<PageAlternates>();
        services.AddResponseCompression(o => o.EnableForHttps = true);
        services.AddApiDocument();
        // Arabic, Thai or Chinese written as &#x...; entities would triple the bytes of a page.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }
}
