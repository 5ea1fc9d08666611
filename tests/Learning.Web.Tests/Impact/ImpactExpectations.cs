using Learning.CleanSeas.Individuals;
using Learning.CleanSeas.Pledges;
using Learning.Core.Data;
using Learning.Core.Impact;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Learning.TideTurners.Badges;
using Learning.TideTurners.Youths;
using Learning.Training.Cohorts;
using Learning.Training.Curriculum;
using Microsoft.EntityFrameworkCore;
using TrainingApplication = Learning.Training.Cohorts.Application;
using Verification = Learning.CleanSeas.Pledges.Verification;

namespace Learning.Web.Tests.Impact;

/// <summary>
/// The dashboard's figures worked out again from whole tables read into memory, in plain LINQ, with
/// none of the dashboard's code: what the page shows must equal these.
/// </summary>
public sealed class ImpactExpectations
{
    public Dictionary<string, long> Headlines { get; } = [];

    public Dictionary<string, Dictionary<string, long>> Tables { get; } = [];

    public static async Task<ImpactExpectations> ReadAsync(LearningDbContext db, ImpactFilter filter)
    {
        var expected = new ImpactExpectations();
        if (filter.Country is null)
        {
            await expected.MoocAsync(db, filter);
        }
        await expected.TrainingAsync(db, filter);
        await expected.ChallengeAsync(db, filter);
        await expected.CampaignAsync(db, filter);
        return expected;
    }

    private async Task MoocAsync(LearningDbContext db, ImpactFilter filter)
    {
        var editions = await db.Set<Edition>().AsNoTracking().ToDictionaryAsync(e => e.Id);
        var all = await db.Set<Enrolment>().AsNoTracking().ToListAsync();
        var enrolled = all.Where(e => e.State != EnrolmentState.Waitlisted && filter.Includes(e.CreatedUtc)).ToList();
        var completed = all.Where(e => e.State == EnrolmentState.Completed && e.CompletedUtc is { } c && filter.Includes(c)).ToList();
        Headlines["mooc.enrolled"] = enrolled.Select(e => e.UserId).Distinct().Count();
        Headlines["mooc.completed"] = completed.Select(e => e.UserId).Distinct().Count();
        Tables["mooc.languages"] = People(enrolled, e => editions[e.EditionId].Culture, e => e.UserId);
    }

    private async Task TrainingAsync(LearningDbContext db, ImpactFilter filter)
    {
        var cohorts = (await db.Set<Cohort>().AsNoTracking().ToListAsync()).Where(c => filter.IncludesCountry(c.Country)).ToDictionary(c => c.Id);
        var accepted = (await db.Set<TrainingApplication>().AsNoTracking().ToListAsync())
            .Where(a => a.State == ApplicationState.Accepted && cohorts.ContainsKey(a.CohortId) && filter.Includes(a.DecidedUtc ?? a.CreatedUtc)).ToList();
        var cascade = accepted.Where(a => cohorts[a.CohortId].Kind == CohortKind.TrainTheTrainer).ToList();
        var accredited = (await db.Set<Accreditation>().AsNoTracking().ToListAsync()).Where(a => cohorts.ContainsKey(a.CohortId) && filter.Includes(a.AccreditedUtc)).ToList();
        var reported = cohorts.Values.Where(c => c.Kind == CohortKind.TrainTheTrainer && c.ReportedTrainees > 0
            && (filter.From is not { } from || c.Year >= from.Year) && (filter.To is not { } to || c.Year <= to.Year)).ToList();
        Headlines["training.accredited"] = accredited.Select(a => a.UserId).Distinct().Count();
        Headlines["training.cascade"] = cascade.Select(a => a.UserId).Distinct().Count();
        Headlines["training.reported"] = reported.Sum(c => c.ReportedTrainees);
        Headlines["training.masterclass"] = accepted.Where(a => cohorts[a.CohortId].Kind == CohortKind.Masterclass).Select(a => a.UserId).Distinct().Count();
        Tables["training.trained-by-country"] = People(cascade, a => cohorts[a.CohortId].Country, a => a.UserId);
        Tables["training.accredited-by-country"] = People(accredited, a => cohorts[a.CohortId].Country, a => a.UserId);
    }

    private async Task ChallengeAsync(LearningDbContext db, ImpactFilter filter)
    {
        var youths = (await db.Set<Youth>().AsNoTracking().ToListAsync()).Where(y => filter.IncludesCountry(y.Country)).ToDictionary(y => y.Id);
        var badges = (await db.Set<Badge>().AsNoTracking().ToListAsync())
            .Where(b => b.RevokedUtc is null && b.YouthId is { } id && youths.ContainsKey(id) && filter.Includes(b.IssuedUtc)).ToList();
        var joined = youths.Values.Where(y => filter.Includes(y.CreatedUtc)).ToList();
        Headlines["tide-turners.youth"] = joined.Count;
        Headlines["tide-turners.passed"] = badges.Select(b => b.YouthId).Distinct().Count();
        Headlines["tide-turners.badges"] = badges.Count;
        Tables["tide-turners.countries"] = People(joined, y => y.Country, y => y.Id.ToString());
    }

    private async Task CampaignAsync(LearningDbContext db, ImpactFilter filter)
    {
        var verified = (await db.Set<Pledge>().AsNoTracking().ToListAsync())
            .Where(p => p.Verification == Verification.Verified && filter.IncludesCountry(p.CountryCode)).ToDictionary(p => p.Id);
        var signed = verified.Values.Where(p => p.VerifiedUtc is { } v && filter.Includes(v) || p.VerifiedUtc is null && filter.From is null && filter.To is null).ToList();
        CommitmentStatus[] shown = [CommitmentStatus.Published, CommitmentStatus.Completed, CommitmentStatus.Closed];
        var commitments = (await db.Set<Commitment>().AsNoTracking().ToListAsync())
            .Where(c => shown.Contains(c.Status) && verified.ContainsKey(c.PledgeId)
                && (c.PublishedUtc is { } p ? filter.Includes(p) : filter.From is null && filter.To is null)).ToList();
        var individuals = (await db.Set<IndividualPledge>().AsNoTracking().ToListAsync())
            .Where(i => i.ConfirmedUtc is { } c && filter.Includes(c) && filter.IncludesCountry(i.CountryCode)).ToList();
        Headlines["clean-seas.governments"] = signed.Count(p => p.Kind == PledgeKind.Government);
        Headlines["clean-seas.organisations"] = signed.Count(p => p.Kind == PledgeKind.Organisation);
        Headlines["clean-seas.individuals"] = individuals.Count;
        Headlines["clean-seas.commitments"] = commitments.Count;
        Tables["clean-seas.commitments-by-category"] = People(commitments, c => Labels.Of(c.Category), c => c.Id.ToString());
    }

    private static Dictionary<string, long> People<T>(IEnumerable<T> rows, Func<T, string> key, Func<T, string> who) =>
        rows.GroupBy(key).ToDictionary(g => g.Key, g => (long)g.Select(who).Distinct().Count());
}
