using Learning.Certificates.Codes;
using Learning.Certificates.Issuing;
using Learning.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Learning.Certificates.Tests.Issuing;

public sealed class CertificateIssuerTests : IDisposable
{
    private readonly TestDatabase database = new();

    private static CertificateRequest Request(string subject = "mooc-enrolment:123", string culture = "vi") =>
        new(subject, "MOOC", "user-1", "Nguyễn Thị Hồng", culture, "Khóa học trực tuyến mở về rác thải biển", "Lộ trình Lãnh đạo");

    [Fact]
    public async Task Issuing_stores_a_certificate_with_a_valid_code()
    {
        await using var db = database.NewContext();

        var certificate = await TestDatabase.Issuer(db).IssueAsync(Request());

        Assert.True(VerificationCode.TryParse(certificate.Code, out var canonical));
        Assert.Equal(canonical, certificate.Code);
        await using var other = database.NewContext();
        var stored = await other.Set<Certificate>().SingleAsync();
        Assert.Equal(("mooc-enrolment:123", "Nguyễn Thị Hồng", "vi", "MOOC", "user-1"), (stored.SubjectKey, stored.HolderName, stored.Culture, stored.Programme, stored.UserId));
        Assert.Equal(CertificateTemplate.Completion, stored.Template);
    }

    [Fact]
    public async Task Issuing_twice_for_one_subject_returns_the_same_certificate()
    {
        await using var db = database.NewContext();
        var issuer = TestDatabase.Issuer(db);

        var first = await issuer.IssueAsync(Request());
        var second = await issuer.IssueAsync(Request() with { HolderName = "Someone Else" });

        Assert.Equal(first.Code, second.Code);
        Assert.Equal("Nguyễn Thị Hồng", second.HolderName);
        Assert.Equal(1, await db.Set<Certificate>().CountAsync());
    }

    [Fact]
    public async Task A_request_that_loses_the_race_gets_the_winners_certificate()
    {
        var rival = new RivalIssues(database, Request());
        await using var db = database.NewContext(rival);

        var certificate = await TestDatabase.Issuer(db).IssueAsync(Request());

        Assert.Equal(rival.Code, certificate.Code);
        await using var other = database.NewContext();
        Assert.Equal(1, await other.Set<Certificate>().CountAsync());
    }

    [Fact]
    public async Task Many_nodes_issuing_at_once_make_one_certificate()
    {
        var codes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var db = database.NewContext();
            return (await TestDatabase.Issuer(db).IssueAsync(Request())).Code;
        })));

        Assert.Single(codes.Distinct());
        await using var other = database.NewContext();
        Assert.Equal(1, await other.Set<Certificate>().CountAsync());
    }

    [Theory]
    [InlineData("", "MOOC", "Name", "en")]
    [InlineData("subject", "", "Name", "en")]
    [InlineData("subject", "MOOC", " ", "en")]
    [InlineData("subject", "MOOC", "Name", "")]
    public async Task An_incomplete_request_is_refused_by_name(string subject, string programme, string name, string culture)
    {
        await using var db = database.NewContext();

        await Assert.ThrowsAsync<ArgumentException>(() => TestDatabase.Issuer(db).IssueAsync(new CertificateRequest(subject, programme, null, name, culture, "Course", "")));
        Assert.Equal(0, await db.Set<Certificate>().CountAsync());
    }

    [Fact]
    public async Task Find_accepts_a_code_as_typed_and_returns_null_for_unknown_or_malformed_codes()
    {
        await using var db = database.NewContext();
        var issuer = TestDatabase.Issuer(db);
        var certificate = await issuer.IssueAsync(Request());

        Assert.Equal(certificate.Id, (await issuer.FindAsync(certificate.Code.ToLowerInvariant().Replace("-", "")))?.Id);
        Assert.Null(await issuer.FindAsync(VerificationCode.New()));
        Assert.Null(await issuer.FindAsync("not a code"));
        Assert.Equal(certificate.Id, (await issuer.FindBySubjectAsync("mooc-enrolment:123"))?.Id);
    }

    [Fact]
    public async Task Revoking_keeps_the_certificate_with_reason_date_and_actor_and_audits_it()
    {
        await using var db = database.NewContext();
        var issuer = TestDatabase.Issuer(db);
        var certificate = await issuer.IssueAsync(Request());

        await issuer.RevokeAsync(certificate.Code, "Issued to the wrong person", "admin@example.org");
        await issuer.RevokeAsync(certificate.Code, "A second reason", "other@example.org");

        await using var other = database.NewContext();
        var stored = await TestDatabase.Issuer(other).FindAsync(certificate.Code);
        Assert.NotNull(stored);
        Assert.True(stored.IsRevoked);
        Assert.Equal(("Issued to the wrong person", "admin@example.org"), (stored.RevokedReason, stored.RevokedBy));
        var audit = await other.Set<AuditEntry>().SingleAsync();
        Assert.Equal(("certificate.revoked", certificate.Code), (audit.Action, audit.Subject));
    }

    [Fact]
    public async Task Revoking_an_unknown_code_or_without_a_reason_is_refused()
    {
        await using var db = database.NewContext();
        var issuer = TestDatabase.Issuer(db);
        var certificate = await issuer.IssueAsync(Request());

        await Assert.ThrowsAsync<InvalidOperationException>(() => issuer.RevokeAsync(VerificationCode.New(), "reason", "admin"));
        await Assert.ThrowsAsync<ArgumentException>(() => issuer.RevokeAsync(certificate.Code, " ", "admin"));
    }

    [Fact]
    public async Task The_pdf_uses_the_sites_template_for_the_language()
    {
        await using var db = database.NewContext();
        db.Add(new CertificateTemplate { Name = CertificateTemplate.Completion, Culture = "fr", Body = "Attestation de réussite\nNous attestons que\na terminé\nLe {{ date }}\nVérifier sur" });
        await db.SaveChangesAsync();
        var issuer = TestDatabase.Issuer(db, new FixedClock(new DateTimeOffset(2025, 6, 5, 9, 0, 0, TimeSpan.Zero)));
        var certificate = await issuer.IssueAsync(Request(culture: "fr") with { HolderName = "Françoise" });

        using var pdf = new RenderedPdf(await issuer.RenderPdfAsync(certificate, "https://learning.example.org/"));

        var text = pdf.LogicalText();
        Assert.Contains("Attestation de réussite", text);
        Assert.Contains("Le jeudi 5 juin 2025", text);
        Assert.Contains($"https://learning.example.org/verify/{certificate.Code}", text);
    }

    [Fact]
    public async Task A_template_that_does_not_render_to_five_lines_falls_back_to_the_built_in_wording()
    {
        await using var db = database.NewContext();
        db.Add(new CertificateTemplate { Name = CertificateTemplate.Completion, Culture = "es", Body = "Solo una línea" });
        await db.SaveChangesAsync();
        var issuer = TestDatabase.Issuer(db);
        var certificate = await issuer.IssueAsync(Request(culture: "es"));

        using var pdf = new RenderedPdf(await issuer.RenderPdfAsync(certificate, "https://learning.example.org"));

        Assert.Contains("Certificado de finalización", pdf.LogicalText());
    }

    [Fact]
    public async Task A_language_without_any_template_prints_the_english_wording()
    {
        await using var db = database.NewContext();
        var issuer = TestDatabase.Issuer(db);
        var certificate = await issuer.IssueAsync(Request(culture: "de") with { HolderName = "Jürgen Weiß" });

        using var pdf = new RenderedPdf(await issuer.RenderPdfAsync(certificate, "https://learning.example.org"));

        Assert.Contains("Certificate of Completion", pdf.LogicalText());
        Assert.Contains("Jürgen Weiß", pdf.LogicalText());
    }

    public void Dispose() => database.Dispose();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Issues the same subject from another connection just before our save, as a second node would.</summary>
    private sealed class RivalIssues(TestDatabase database, CertificateRequest request) : SaveChangesInterceptor
    {
        public string? Code { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
        {
            if (Code is null)
            {
                await using var db = database.NewContext();
                Code = (await TestDatabase.Issuer(db).IssueAsync(request, ct)).Code;
            }
            return result;
        }
    }
}
