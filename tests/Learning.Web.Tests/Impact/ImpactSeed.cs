using System.Collections.Concurrent;
using Learning.CleanSeas.Individuals;
using Learning.CleanSeas.Pledges;
using Learning.Courses.Enrolments;
using Learning.TideTurners.Badges;
using Learning.TideTurners.Groups;
using Learning.TideTurners.Youths;
using Learning.Training.Cohorts;
using Learning.Training.Curriculum;
using Learning.Web.Tests.Infrastructure;
using TrainingApplication = Learning.Training.Cohorts.Application;
using Verification = Learning.CleanSeas.Pledges.Verification;

namespace Learning.Web.Tests.Impact;

/// <summary>
/// Known records of every programme in Mauritius (MU), a country the setup recipes leave empty, in
/// 2019 and in 2021, written through the modules' own entities with the dates a period filter reads.
/// Seeded once per site: the tests of a class share it.
/// </summary>
public static class ImpactSeed
{
    public const string Country = "MU";

    /// <summary>Nicknames of the seeded youths: none may appear on any page.</summary>
    public static readonly string[] Nicknames = ["Zephyrine", "Oceanne", "Kaveesh", "Lalita", "Noemie"];

    private static readonly ConcurrentDictionary<SiteFactory, Lazy<Task>> Seeded = new();

    public static Task EnsureAsync(SiteFactory site) => Seeded.GetOrAdd(site, s => new Lazy<Task>(() => SeedAsync(s))).Value;

    public static DateTime Utc(int year, int month, int day) => new(year, month, day, 10, 0, 0, DateTimeKind.Utc);

    private static async Task SeedAsync(SiteFactory site)
    {
        await site.WithDbAsync(async db =>
        {
            SeedMooc(db);
            SeedTraining(db);
            await SeedChallengeAsync(db);
            SeedCampaign(db);
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>Three students in the English expert track in 2019 (one completed), two in the French leadership track in 2021 (one completed), one waitlisted.</summary>
    private static void SeedMooc(Learning.Core.Data.LearningDbContext db)
    {
        Enrol(db, "impact-s1", "mooc-run-4-expert-en", Utc(2019, 3, 10), Utc(2019, 4, 1));
        Enrol(db, "impact-s2", "mooc-run-4-expert-en", Utc(2019, 3, 11), null);
        Enrol(db, "impact-s3", "mooc-run-4-expert-en", Utc(2019, 3, 12), null);
        Enrol(db, "impact-s4", "mooc-run-4-leadership-fr", Utc(2021, 6, 1), Utc(2021, 7, 1));
        Enrol(db, "impact-s1", "mooc-run-4-leadership-fr", Utc(2021, 6, 2), null);
        db.Add(new Enrolment { UserId = "impact-s5", EditionId = "mooc-run-4-leadership-fr", State = EnrolmentState.Waitlisted, CreatedUtc = Utc(2021, 6, 3) });
    }

    private static void Enrol(Learning.Core.Data.LearningDbContext db, string user, string edition, DateTime enrolled, DateTime? completed) =>
        db.Add(new Enrolment
        {
            UserId = user, EditionId = edition, CreatedUtc = enrolled, CompletedUtc = completed,
            State = completed is null ? EnrolmentState.Enrolled : EnrolmentState.Completed,
        });

    /// <summary>A 2019 train-the-trainer cohort (four accepted, one rejected, two accredited, seven reported) and a 2021 masterclass of three.</summary>
    private static void SeedTraining(Learning.Core.Data.LearningDbContext db)
    {
        db.Add(new Cohort { Id = "impact-tot-mu", Slug = "impact-tot-mu", Kind = CohortKind.TrainTheTrainer, Country = Country, Year = 2019, ReportedTrainees = 7, Seats = 20, ApplicationsClosed = true, CreatedUtc = Utc(2019, 1, 1) });
        db.Add(new Cohort { Id = "impact-mc-mu", Slug = "impact-mc-mu", Kind = CohortKind.Masterclass, Country = Country, Year = 2021, Seats = 20, ApplicationsClosed = true, CreatedUtc = Utc(2021, 1, 1) });
        for (var i = 1; i <= 5; i++)
        {
            db.Add(new TrainingApplication
            {
                CohortId = "impact-tot-mu", UserId = $"impact-t{i}", State = i <= 4 ? ApplicationState.Accepted : ApplicationState.Rejected,
                CreatedUtc = Utc(2019, 4, 1), DecidedUtc = Utc(2019, 5, 1),
            });
        }
        db.Add(new Accreditation { UserId = "impact-t1", CohortId = "impact-tot-mu", AccreditedUtc = Utc(2019, 9, 1) });
        db.Add(new Accreditation { UserId = "impact-t2", CohortId = "impact-tot-mu", AccreditedUtc = Utc(2019, 9, 2) });
        for (var i = 1; i <= 3; i++)
        {
            db.Add(new TrainingApplication { CohortId = "impact-mc-mu", UserId = $"impact-m{i}", State = ApplicationState.Accepted, CreatedUtc = Utc(2021, 1, 15), DecidedUtc = Utc(2021, 2, 1) });
        }
    }

    /// <summary>Five youths joined in 2019; three passed Entry in 2019 and one Leader in 2021; one more Entry badge was revoked.</summary>
    private static async Task SeedChallengeAsync(Learning.Core.Data.LearningDbContext db)
    {
        var group = new Group { OrganisationId = "wosm", Country = Country, Name = "Impact Sea Scouts", CreatedUtc = Utc(2019, 5, 1) };
        db.Add(group);
        await db.SaveChangesAsync();
        var youths = Nicknames.Select(n => new Youth
        {
            GroupId = group.Id, Nickname = n, AgeBand = AgeBand.Under13, Country = Country, Pseudonym = Guid.NewGuid().ToString("N"),
            ConsentRecordedUtc = Utc(2019, 6, 1), CreatedUtc = Utc(2019, 6, 1), LastActivityUtc = Utc(2019, 6, 1),
        }).ToList();
        db.AddRange(youths);
        await db.SaveChangesAsync();
        for (var i = 0; i < 3; i++)
        {
            Award(db, youths[i], "entry", Utc(2019, 8, 1), revoked: false);
        }
        Award(db, youths[0], "leader", Utc(2021, 8, 1), revoked: false);
        Award(db, youths[3], "entry", Utc(2019, 8, 2), revoked: true);
    }

    private static void Award(Learning.Core.Data.LearningDbContext db, Youth youth, string level, DateTime issued, bool revoked) =>
        db.Add(new Badge
        {
            Id = Guid.NewGuid(), StatusIndex = Random.Shared.NextInt64(1_000_000, long.MaxValue), YouthId = youth.Id, LevelId = level, IssuedUtc = issued,
            RevokedUtc = revoked ? issued.AddDays(3) : null, RevokedReason = revoked ? "Issued in error" : null,
        });

    /// <summary>The government (verified 2019) with a commitment published in 2019, one completed in 2021 and a draft; an organisation verified in 2021; two confirmed individuals in 2019 and one unconfirmed.</summary>
    private static void SeedCampaign(Learning.Core.Data.LearningDbContext db)
    {
        db.Add(new Pledge
        {
            Id = "impact-gov-mu", Kind = PledgeKind.Government, CountryCode = Country, GovernmentCountry = Country, Verification = Verification.Verified,
            AppliedUtc = Utc(2019, 1, 20), VerifiedUtc = Utc(2019, 2, 1),
            Commitments =
            [
                Commitment("Bag levy on every shop", CommitmentCategory.BagLevy, CommitmentStatus.Published, Utc(2019, 3, 1)),
                Commitment("Beach clean-ups each month", CommitmentCategory.CleanUps, CommitmentStatus.Completed, Utc(2021, 3, 1)),
                Commitment("Schools campaign", CommitmentCategory.Awareness, CommitmentStatus.Draft, null),
            ],
        });
        db.Add(new Pledge
        {
            Id = "impact-org-mu", Kind = PledgeKind.Organisation, CountryCode = Country, OrganisationName = "Impact Reef Trust", Verification = Verification.Verified,
            AppliedUtc = Utc(2021, 1, 1), VerifiedUtc = Utc(2021, 1, 10),
        });
        for (var i = 1; i <= 3; i++)
        {
            db.Add(new IndividualPledge
            {
                Name = $"Impact Person {i}", CountryCode = Country, Email = $"impact-person-{i}@example.org", ConfirmToken = Guid.NewGuid().ToString("N"),
                CreatedUtc = Utc(2019, 4, 1), ConfirmedUtc = i <= 2 ? Utc(2019, 4, 4) : null,
            });
        }
    }

    private static Commitment Commitment(string title, CommitmentCategory category, CommitmentStatus status, DateTime? published) =>
        new() { Title = title, Category = category, Status = status, PublishedUtc = published, BaselineDate = new(2019, 1, 1), TargetDate = new(2025, 1, 1) };
}
