using Learning.Certificates.Cli;
using Learning.Certificates.Tests.Issuing;
using Learning.Core.Data;
using Learning.Site;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Certificates.Tests.Cli;

public sealed class CertificateSampleCommandTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"certificate-samples-{Guid.NewGuid():N}");

    private ServiceProvider Services(Func<LearningDbContext> db)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        new SiteModule().ConfigureServices(services, configuration);
        new CertificatesModule().ConfigureServices(services, configuration);
        services.AddScoped(_ => db());
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_sample_is_written_in_the_languages_wording()
    {
        await using var services = Services(() => database.NewContext());
        var file = Path.Combine(folder, "sample-ar.pdf");

        var exit = await CertificateSampleCommand.RunAsync(["certificate", "sample", "--culture", "ar", "--name", "فاطمة الزهراء", "--out", file, "--course", "مساق"], services);

        Assert.Equal(0, exit);
        using var pdf = new RenderedPdf(await File.ReadAllBytesAsync(file));
        Assert.Contains("فاطمة الزهراء", pdf.LogicalText());
        Assert.Contains("شهادة إتمام", pdf.LogicalText());
    }

    [Fact]
    public async Task Without_a_database_the_built_in_wording_is_used()
    {
        var missing = Path.Combine(folder, "missing", "no.db");
        await using var services = Services(() => new TestDbContext(
            new DbContextOptionsBuilder<TestDbContext>()
                .UseSqlite($"Data Source={missing};Mode=ReadOnly").Options, new([new SiteModule(), new CertificatesModule()])));
        var file = Path.Combine(folder, "sample-th.pdf");

        var exit = await CertificateSampleCommand.RunAsync(["certificate", "sample", "--culture", "th", "--name", "สมชาย ใจดี", "--out", file], services);

        Assert.Equal(0, exit);
        using var pdf = new RenderedPdf(await File.ReadAllBytesAsync(file));
        Assert.Contains("ประกาศนียบัตร", pdf.LogicalText());
    }

    [Theory]
    [InlineData("certificate", "sample", "--culture", "xx", "--name", "N", "--out", "x.pdf")]
    [InlineData("certificate", "sample", "--culture", "en", "--name", "N")]
    [InlineData("certificate", "sample", "--culture", "en", "--out", "x.pdf")]
    [InlineData("certificate", "sample", "--culture", "en", "--name", "--out", "x.pdf")]
    [InlineData("certificate", "sample", "--colour", "en", "--name", "N", "--out", "x.pdf")]
    [InlineData("certificate", "print")]
    public async Task A_wrong_command_line_exits_1(params string[] args)
    {
        await using var services = Services(() => database.NewContext());

        Assert.Equal(1, await CertificateSampleCommand.RunAsync(args, services));
    }

    [Fact]
    public void The_command_is_recognised_by_its_first_word()
    {
        Assert.True(CertificateSampleCommand.Matches(["certificate", "sample"]));
        Assert.False(CertificateSampleCommand.Matches(["recipe", "import", "x"]));
        Assert.False(CertificateSampleCommand.Matches([]));
    }

    public void Dispose()
    {
        database.Dispose();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
