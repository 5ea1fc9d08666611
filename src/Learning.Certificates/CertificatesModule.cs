using System.Globalization;
using Learning.Certificates.Issuing;
using Learning.Certificates.Reissuing;
using Learning.Certificates.Rendering;
using Learning.Core.Modules;
using Learning.Core.Recipes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Learning.Core.Cultures.UiText;

namespace Learning.Certificates;

/// <summary>Certificates: issuing once per subject, the PDF, the wording per language, public verification.</summary>
public sealed class CertificatesModule : ILearningModule
{
    public string Name => "Certificates";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CertificateRenderer>();
        services.AddSingleton<CertificateComposer>();
        services.AddScoped<CertificateTemplates>();
        services.AddScoped<CertificateIssuer>();
        services.AddScoped<ICertificateIssuer>(sp => sp.GetRequiredService<CertificateIssuer>());
        services.AddScoped<CertificateCodes>();
        services.AddScoped<IRecipeStep, CertificateTemplatesStep>();
        services.AddScoped<TemplatePreview>();
        services.AddScoped<ReissueScopes>();
        services.AddScoped<Reissues>();
        services.AddScoped<ReissuedCertificates>();
        services.AddScoped<CertificateReissuer>();
        services.AddScoped<IScheduledWork, ReissueSchedule>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => CertificateModel.Configure(modelBuilder);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // The address printed on certificates has no language, so that it opens in the visitor's.
        endpoints.MapGet("/verify/{code}", (string code) =>
                Results.Redirect(CertificateAddresses.Verification(CultureInfo.CurrentUICulture.Name, code)))
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    public IEnumerable<Permission> Permissions => CertificatePermissions.All;

    public IEnumerable<AdminMenuEntry> AdminMenu => [new(Msgid("Certificates"), CertificateAddresses.Admin, CertificatePermissions.ManageCertificatesName, 37)];

    /// <summary>The wording it prints, which an administrator may then edit.</summary>
    public IEnumerable<ModuleTemplates> Templates => [new("CertificateTemplates", typeof(CertificatesModule).Assembly, BuiltInTemplates.Resource)];
}
