using System.Globalization;
using Learning.Core.Data;
using Learning.Core.Impact;
using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Microsoft.EntityFrameworkCore;
using static Learning.Core.Cultures.UiText;

namespace Learning.Courses.Impact;

/// <summary>
/// The MOOC's students: enrolled (by enrolment date) and completed (by completion date), by run,
/// track and language. A student counts once per row however many editions of it they joined.
/// Learners' countries are not recorded (LearningUser has no country and enrolment asks for none),
/// so there is no breakdown by country, and a country filter gets a note instead of world figures.
/// </summary>
public sealed class MoocImpact(LearningDbContext db) : IImpactSource
{
    public int Order => 10;

    public async Task<ImpactSection> MeasureAsync(ImpactFilter filter, CancellationToken ct = default)
    {
        var title = Msgid("MOOC on Marine Litter");
        if (filter.Country is not null)
        {
            return new("mooc", title, [], [], Msgid("Learners' countries are not recorded, so the MOOC's figures cannot be shown for one country."));
        }
        var enrolled = Learners().Where(l => l.State != EnrolmentState.Waitlisted).During(l => l.EnrolledUtc, filter);
        var completed = Learners().Where(l => l.State == EnrolmentState.Completed).During(l => l.CompletedUtc, filter);
        var culture = CultureInfo.CurrentUICulture.Name;
        string[] columns = [Msgid("Students enrolled"), Msgid("Students completed")];
        return new("mooc", title,
            [
                new("enrolled", Msgid("Students enrolled"), await enrolled.CountDistinctAsync(l => l.UserId, ct)),
                new("completed", Msgid("Students completed"), await completed.CountDistinctAsync(l => l.UserId, ct)),
            ],
            [
                new("runs", Msgid("Students by run"), ImpactRowKind.Text, Msgid("Run"), columns,
                    Named(await ByAsync(enrolled, completed, l => l.RunId, ct), await RunNamesAsync(culture, ct))),
                new("tracks", Msgid("Students by track"), ImpactRowKind.Text, Msgid("Track"), columns,
                    Named(await ByAsync(enrolled, completed, l => l.TrackId, ct), await TrackNamesAsync(culture, ct))),
                new("languages", Msgid("Students by language"), ImpactRowKind.Language, Msgid("Language"), columns,
                    await ByAsync(enrolled, completed, l => l.Culture, ct)),
            ],
            Msgid("Learners' countries are not recorded, so these figures have no breakdown by country."));
    }

    private IQueryable<Learner> Learners() =>
        from e in db.Set<Enrolment>().AsNoTracking()
        join ed in db.Set<Edition>().AsNoTracking() on e.EditionId equals ed.Id
        select new Learner
        {
            UserId = e.UserId, RunId = ed.RunId, TrackId = ed.TrackId, Culture = ed.Culture, State = e.State,
            EnrolledUtc = e.CreatedUtc, CompletedUtc = e.CompletedUtc,
        };

    private static async Task<List<ImpactRow>> ByAsync(IQueryable<Learner> enrolled, IQueryable<Learner> completed,
        System.Linq.Expressions.Expression<Func<Learner, string>> key, CancellationToken ct) =>
        ImpactRows.Largest(await enrolled.CountByAsync(key, l => l.UserId, ct), await completed.CountByAsync(key, l => l.UserId, ct));

    /// <summary>Rows keyed by id become rows keyed by the name a reader knows; ids stay when the name is gone.</summary>
    private static List<ImpactRow> Named(List<ImpactRow> rows, Dictionary<string, string> names) =>
        rows.Select(r => r with { Key = names.GetValueOrDefault(r.Key) ?? r.Key }).ToList();

    private async Task<Dictionary<string, string>> RunNamesAsync(string culture, CancellationToken ct)
    {
        var courses = await db.Set<Course>().AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        var runs = await db.Set<Run>().AsNoTracking().ToListAsync(ct);
        // A run has no name of its own: its course, number and start date tell runs apart in any language.
        return runs.ToDictionary(r => r.Id, r =>
            $"{courses.GetValueOrDefault(r.CourseId)?.TitleIn(culture) ?? r.CourseId} #{r.Number} ({r.StartsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
    }

    private async Task<Dictionary<string, string>> TrackNamesAsync(string culture, CancellationToken ct) =>
        (await db.Set<Track>().AsNoTracking().ToListAsync(ct)).ToDictionary(t => t.Id, t => t.NameIn(culture));

    /// <summary>An enrolment with its edition's run, track and language; public only because EF Core builds it inside a query.</summary>
    public sealed class Learner
    {
        public string UserId { get; init; } = "";
        public string RunId { get; init; } = "";
        public string TrackId { get; init; } = "";
        public string Culture { get; init; } = "";
        public EnrolmentState State { get; init; }
        public DateTime? EnrolledUtc { get; init; }
        public DateTime? CompletedUtc { get; init; }
    }
}
