using Learning.Certificates.Issuing;
using Learning.Certificates.Tests.Issuing;
using Learning.Core.Data;
using Learning.Core.Recipes;
using Learning.Site;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Certificates.Tests;

public sealed class CertificatesModuleTests : IDisposable
{
    private readonly TestDatabase database = new();

    [Fact]
    public void The_module_registers_the_issuer_the_renderer_and_the_recipe_step()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        new SiteModule().ConfigureServices(services, configuration);
        new CertificatesModule().ConfigureServices(services, configuration);
        services.AddScoped<LearningDbContext>(_ => database.NewContext());
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        Assert.IsType<CertificateIssuer>(scope.ServiceProvider.GetRequiredService<ICertificateIssuer>());
        Assert.Contains(services, d => d.ServiceType == typeof(IRecipeStep) && d.ImplementationType == typeof(CertificateTemplatesStep));
        Assert.Equal("CertificateTemplates", ActivatorUtilities.CreateInstance<CertificateTemplatesStep>(scope.ServiceProvider).Name);
    }

    [Fact]
    public void The_module_declares_the_permission_to_manage_certificates()
    {
        var permission = Assert.Single(new CertificatesModule().Permissions);

        Assert.Equal(("ManageCertificates", "Revoke and reissue certificates"), (permission.Name, permission.Description));
    }

    [Fact]
    public void The_tables_have_their_names_and_unique_indexes()
    {
        using var db = database.NewContext();

        var certificates = db.Model.FindEntityType(typeof(Certificate))!;
        Assert.Equal("Certificates", certificates.GetTableName());
        Assert.True(certificates.GetIndexes().Single(i => i.Properties.Single().Name == nameof(Certificate.Code)).IsUnique);
        Assert.True(certificates.GetIndexes().Single(i => i.Properties.Single().Name == nameof(Certificate.SubjectKey)).IsUnique);
        Assert.Equal(200, certificates.FindProperty(nameof(Certificate.HolderName))!.GetMaxLength());
        Assert.Equal("CertificateTemplates", db.Model.FindEntityType(typeof(CertificateTemplate))!.GetTableName());
    }

    public void Dispose() => database.Dispose();
}
