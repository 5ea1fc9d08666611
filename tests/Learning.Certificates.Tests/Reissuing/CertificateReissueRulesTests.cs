using Learning.Certificates.Issuing;
using Learning.Certificates.Reissuing;

namespace Learning.Certificates.Tests.Reissuing;

public sealed class CertificateReissueRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);

    private static Certificate Issued() => new()
    {
        Code = Samples.Code, SubjectKey = "mooc-enrolment:7", HolderName = "Ana Perez", CourseTitle = "MOOC on Marine Litter", TrackTitle = "Expert Track", Culture = "es",
    };

    private static CertificateRequest Fresh(string name = "Ana Perez", string course = "MOOC on Marine Litter", string track = "Expert Track") =>
        new("mooc-enrolment:7", "MOOC", "user-7", name, "es", course, track);

    [Fact]
    public void A_reissue_takes_the_current_name_and_titles_and_keeps_the_code()
    {
        var certificate = Issued();

        Assert.True(certificate.Reissue(Fresh(" Ana María Pérez ", "MOOC sobre basura marina"), Now));

        Assert.Equal((Samples.Code, "Ana María Pérez", "MOOC sobre basura marina", "Expert Track"), (certificate.Code, certificate.HolderName, certificate.CourseTitle, certificate.TrackTitle));
        Assert.Equal((Now, 1), (certificate.ReissuedUtc, certificate.Revision));
    }

    [Fact]
    public void A_reissue_with_nothing_new_changes_nothing()
    {
        var certificate = Issued();

        Assert.False(certificate.Reissue(Fresh(), Now));

        Assert.Equal((null, 0), (certificate.ReissuedUtc, certificate.Revision));
    }

    [Fact]
    public void A_revoked_certificate_stays_as_it_was_revoked()
    {
        var certificate = Issued();
        certificate.RevokedUtc = Now.AddDays(-1);

        Assert.False(certificate.Reissue(Fresh("Someone Else"), Now));

        Assert.Equal(("Ana Perez", true, 0), (certificate.HolderName, certificate.IsRevoked, certificate.Revision));
    }

    [Fact]
    public void A_batch_tally_counts_each_outcome_and_keeps_the_last_refusal()
    {
        var tally = new ReissueTally();
        foreach (var outcome in new[] { ReissueOutcome.Issued, ReissueOutcome.Changed, ReissueOutcome.Unchanged, ReissueOutcome.Revoked })
        {
            tally.Add(outcome);
        }
        tally.Add(ReissueOutcome.Refused, "mooc-enrolment:9: is required");

        Assert.Equal((5, 1, 1, 2, "mooc-enrolment:9: is required"), (tally.Done, tally.Issued, tally.Changed, tally.Skipped, tally.Refusal));
    }

    [Fact]
    public void Recording_batches_moves_the_cursor_and_the_version_and_adds_up_the_counts()
    {
        var reissue = new CertificateReissue { Total = 4, State = ReissueState.Running };
        var tally = new ReissueTally();
        tally.Add(ReissueOutcome.Issued);
        tally.Add(ReissueOutcome.Changed);

        reissue.Record(tally, "12");
        reissue.Record(tally, "15");

        Assert.Equal(("15", 2, 4, 2, 2, 100), (reissue.Cursor, reissue.Version, reissue.Done, reissue.Issued, reissue.Changed, reissue.Percent));
    }

    [Fact]
    public void A_finished_reissue_frees_its_scope_and_its_total_is_what_was_done()
    {
        var reissue = new CertificateReissue { Scope = "course-run:4", ActiveScope = "course-run:4", Total = 10, Done = 11, State = ReissueState.Running };

        reissue.Finish(ReissueState.Finished, Now);

        Assert.Equal((null, 11, 100, false, Now), (reissue.ActiveScope, reissue.Total, reissue.Percent, reissue.IsActive, reissue.FinishedUtc));
    }

    [Theory]
    [InlineData(ReissueState.Queued, 0, 0, 0)]
    [InlineData(ReissueState.Running, 3, 1, 33)]
    [InlineData(ReissueState.Finished, 0, 0, 100)]
    public void The_percentage_is_never_a_division_by_zero(ReissueState state, int total, int done, int percent)
    {
        Assert.Equal(percent, new CertificateReissue { State = state, Total = total, Done = done }.Percent);
    }
}
