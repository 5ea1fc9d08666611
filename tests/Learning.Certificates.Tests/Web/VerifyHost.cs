using System.Globalization;
using Learning.Certificates.Issuing;
using Learning.Core.Cultures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Certificates.Tests.Web;

/// <summary>
/// The smallest host that serves the module's pages as the site does: the culture prefix on
/// public pages, the culture taken from it, the module's endpoints. Certificates come from a list.
/// </summary>
public sealed class VerifyHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private VerifyHost(WebApplication app) => this.app = app;

    public HttpClient Client { get; private set; } = null!;

    public static async Task<VerifyHost> StartAsync(params Certificate[] certificates)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddRazorPages(o => o.Conventions.Add(new CulturePrefix()))
            .AddApplicationPart(typeof(CertificatesModule).Assembly);
        builder.Services.AddSingleton(new TranslationCatalog(Path.Combine(Path.GetTempPath(), "no-translations")));
        builder.Services.AddSingleton<PoStringLocalizer>();
        builder.Services.AddSingleton<ICertificateIssuer>(new ListedCertificates(certificates));
        var app = builder.Build();
        app.UseRouting();
        app.Use((context, next) =>
        {
            var segment = context.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            var culture = Samples.Cultures.Contains(segment) ? segment! : "fr";
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return next(context);
        });
        app.MapRazorPages();
        new CertificatesModule().MapEndpoints(app);
        await app.StartAsync();
        return new VerifyHost(app) { Client = app.GetTestClient() };
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    /// <summary>What the host's CulturePrefixConvention does to public pages.</summary>
    private sealed class CulturePrefix : IPageRouteModelConvention
    {
        public void Apply(PageRouteModel model)
        {
            foreach (var selector in model.Selectors.Where(s => s.AttributeRouteModel is not null))
            {
                selector.AttributeRouteModel!.Template = "{culture}/" + selector.AttributeRouteModel.Template!.TrimStart('/');
            }
        }
    }

    private sealed class ListedCertificates(Certificate[] certificates) : ICertificateIssuer
    {
        public Task<Certificate?> FindAsync(string code, CancellationToken ct = default) =>
            Task.FromResult(certificates.FirstOrDefault(c => c.Code == code));

        public Task<Certificate> IssueAsync(CertificateRequest request, CancellationToken ct = default) => throw new NotSupportedException();

        public Task RevokeAsync(string code, string reason, string actor, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<Certificate?> FindBySubjectAsync(string subjectKey, CancellationToken ct = default) => throw new NotSupportedException();

        public Task EraseHolderAsync(string subjectKey, string reason, string actor, CancellationToken ct = default) => throw new NotSupportedException();

        public Task<byte[]> RenderPdfAsync(Certificate certificate, string baseUrl, CancellationToken ct = default) => throw new NotSupportedException();
    }
}
