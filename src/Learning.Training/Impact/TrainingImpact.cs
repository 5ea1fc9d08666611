using Learning.Core.Data;
using Learning.Core.Impact;
using Learning.Training.Cohorts;
using Learning.Training.Curriculum;
using Microsoft.EntityFrameworkCore;
using static Learning.Core.Cultures.UiText;

namespace Learning.Training.Impact;

/// <summary>
/// Masterclasses and the train-the-trainer cascade: accredited trainers (by accreditation date),
/// people trained (accepted participants, by the date they were accepted) and the trainees the pilots
/// reported before these records (by the cohort's year). Participants' own countries are not
/// recorded, so a person counts in the country their cohort trained; a regional or global cohort
/// has no country and appears under an empty key.
/// </summary>
public sealed class TrainingImpact(LearningDbContext db) : IImpactSource
{
    public int Order => 20;

    public async Task<ImpactSection> MeasureAsync(ImpactFilter filter, CancellationToken ct = default)
    {
        var cascade = Trained(CohortKind.TrainTheTrainer, filter);
        var masterclasses = Trained(CohortKind.Masterclass, filter);
        var accredited = Accredited(filter);
        var reported = Reported(filter);
        string[] trainedColumns = [Msgid("Trained through the cascade"), Msgid("Reported by the pilots"), Msgid("Masterclass participants")];
        return new("training", Msgid("Masterclasses and train-the-trainer"),
            [
                new("accredited", Msgid("Accredited trainers"), await accredited.CountDistinctAsync(p => p.UserId, ct)),
                new("cascade", Msgid("Trained through the cascade"), await cascade.CountDistinctAsync(p => p.UserId, ct)),
                new("reported", Msgid("Reported by the pilots"), await reported.SumAsync(c => (long)c.ReportedTrainees, ct)),
                new("masterclass", Msgid("Masterclass participants"), await masterclasses.CountDistinctAsync(p => p.UserId, ct)),
            ],
            [
                new("trained-by-country", Msgid("People trained, by country"), ImpactRowKind.Country, Msgid("Country"), trainedColumns,
                    ImpactRows.Largest(
                        await cascade.CountByAsync(p => p.Country, p => p.UserId, ct),
                        await reported.GroupBy(c => c.Country).Select(g => new { g.Key, Sum = g.Sum(c => (long)c.ReportedTrainees) })
                            .Where(g => g.Sum > 0).ToDictionaryAsync(g => g.Key, g => g.Sum, ct),
                        await masterclasses.CountByAsync(p => p.Country, p => p.UserId, ct))),
                new("accredited-by-country", Msgid("Accredited trainers, by country"), ImpactRowKind.Country, Msgid("Country"), [Msgid("Accredited trainers")],
                    ImpactRows.Largest(await accredited.CountByAsync(p => p.Country, p => p.UserId, ct))),
            ]);
    }

    private IQueryable<Cohort> Cohorts(ImpactFilter filter)
    {
        var cohorts = db.Set<Cohort>().AsNoTracking();
        return filter.Country is { } country ? cohorts.Where(c => c.Country == country) : cohorts;
    }

    private IQueryable<Person> Trained(CohortKind kind, ImpactFilter filter) =>
        (from a in db.Set<Application>().AsNoTracking()
         join c in Cohorts(filter) on a.CohortId equals c.Id
         where c.Kind == kind && a.State == ApplicationState.Accepted
         select new Person { UserId = a.UserId, Country = c.Country, Utc = a.DecidedUtc ?? a.CreatedUtc })
        .During(p => p.Utc, filter);

    private IQueryable<Person> Accredited(ImpactFilter filter) =>
        (from a in db.Set<Accreditation>().AsNoTracking()
         join c in Cohorts(filter) on a.CohortId equals c.Id
         select new Person { UserId = a.UserId, Country = c.Country, Utc = a.AccreditedUtc })
        .During(p => p.Utc, filter);

    /// <summary>Cohorts whose pilots reported trainees, kept when their year meets the period: those figures have no finer date.</summary>
    private IQueryable<Cohort> Reported(ImpactFilter filter)
    {
        var cohorts = Cohorts(filter).Where(c => c.Kind == CohortKind.TrainTheTrainer && c.ReportedTrainees > 0);
        if (filter.From is { } from)
        {
            cohorts = cohorts.Where(c => c.Year >= from.Year);
        }
        return filter.To is { } to ? cohorts.Where(c => c.Year <= to.Year) : cohorts;
    }

    /// <summary>A person trained or accredited in a cohort; public only because EF Core builds it inside a query.</summary>
    public sealed class Person
    {
        public string UserId { get; init; } = "";
        public string Country { get; init; } = "";
        public DateTime? Utc { get; init; }
    }
}
