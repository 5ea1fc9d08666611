using Learning.Certificates.Issuing;
using Learning.Certificates.Rendering;
using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Core.Modules;
using Learning.Site;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Learning.Certificates.Tests.Issuing;

/// <summary>A SQLite file with the site's and this module's tables; each context is a separate connection, like two nodes.</summary>
public sealed class TestDatabase : IDisposable
{
    private static readonly ModuleCatalog Modules = new([new SiteModule(), new CertificatesModule()]);
    private readonly string path = Path.Combine(Path.GetTempPath(), $"certificates-{Guid.NewGuid():N}.db");

    public TestDatabase()
    {
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public TestDbContext NewContext(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<TestDbContext>().UseSqlite($"Data Source={path};Pooling=False").AddInterceptors(interceptors).Options, Modules);

    public static CertificateIssuer Issuer(LearningDbContext db, TimeProvider? clock = null) =>
        new(db, new CertificateTemplates(db), Composer(), new CertificateRenderer(), new AuditLog(db, new HttpContextAccessor(), clock ?? TimeProvider.System), clock ?? TimeProvider.System);

    public static CertificateComposer Composer()
    {
        var cultures = new CultureCatalog();
        cultures.Load(Samples.Cultures.Select(c => new Language { Culture = c, RightToLeft = c == "ar" }));
        return new CertificateComposer(new LiquidTemplates(), cultures);
    }

    public void Dispose()
    {
        File.Delete(path);
    }
}

public sealed class TestDbContext(DbContextOptions<TestDbContext> options, ModuleCatalog modules) : LearningDbContext(options, modules);
