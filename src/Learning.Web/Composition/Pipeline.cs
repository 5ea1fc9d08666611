using Hangfire;
using Learning.Core.Caching;
using Learning.Core.Content;
using Learning.Core.Cultures;
using Learning.Core.Modules;
using Learning.Core.Security;
using Learning.Site;
using Learning.Web.Features.Caching;
using Learning.Web.Features.Progress;
using Learning.Web.Features.Security;
using Microsoft.AspNetCore.HttpOverrides;
using Learning.Web.Jobs;
using Learning.Web.Localization;
using Learning.Web.Operations;
using Learning.Web.Pages.Account;
using Microsoft.AspNetCore.OutputCaching;

namespace Learning.Web.Composition;

public static class Pipeline
{
    public static void UseLearningPipeline(this WebApplication app, ModuleCatalog modules)
    {
        // Behind a load balancer on loopback: the scheme and client address it saw.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.UseRequestLog();
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseExceptionHandler("/status/500");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseRouting();
        app.UseMiddleware<CultureMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseUploadBodyLimits();
        app.UseAntiforgery();
        app.UseOutputCache();
        EvictPublicPagesOnChange(app);
        app.UseHangfireDashboard(SiteAddresses.Jobs, new DashboardOptions
        {
            Authorization = [new JobsDashboardAuthorization(app.Services.GetRequiredService<PermissionGrants>())],
            AppPath = SiteAddresses.Admin,
            DashboardTitle = "Jobs",
        }, app.Services.GetRequiredService<JobStorage>());
        HealthEndpoint.Map(app);
        ProgressScript.Map(app);
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapGet("/", () => Results.Redirect(ContentTypes.Home(CurrentCulture())))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/account/{page}", (string page, HttpContext context) =>
                Results.Redirect(AccountAddresses.Page(CurrentCulture(), page) + context.Request.QueryString))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapRazorPages();
        foreach (var module in modules.Modules)
        {
            module.MapEndpoints(app);
        }
        app.MapFallbackToPage("/NotFound").AllowAnonymous();
    }

    private static void EvictPublicPagesOnChange(WebApplication app)
    {
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        app.Services.GetRequiredService<PublicContentChanges>().Changed +=
            () => _ = store.EvictByTagAsync(PublicPagePolicy.Tag, CancellationToken.None).AsTask();
    }

    private static string CurrentCulture() => System.Globalization.CultureInfo.CurrentUICulture.Name;
}
