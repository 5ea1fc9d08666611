using System.Globalization;
using Learning.Core.Data;
using Learning.Core.Impact;
using Learning.TideTurners.Badges;
using Learning.TideTurners.Challenge;
using Learning.TideTurners.Groups;
using Learning.TideTurners.Youths;
using Microsoft.EntityFrameworkCore;
using static Learning.Core.Cultures.UiText;

namespace Learning.TideTurners.Impact;

/// <summary>
/// Young people in the challenge, as counts only: those taking part (by the date they joined) and
/// those whose level was approved (badges not revoked, by issue date), by level, country and
/// organisation. Nothing here reads a nickname, and no count is split finer than a level, a
/// country or an organisation, so no youth can be picked out.
/// </summary>
public sealed class ChallengeImpact(LearningDbContext db, ChallengeContent content) : IImpactSource
{
    public int Order => 30;

    public async Task<ImpactSection> MeasureAsync(ImpactFilter filter, CancellationToken ct = default)
    {
        var joined = Youths(filter).During(y => y.Utc, filter);
        var passed = Passed(filter);
        var culture = CultureInfo.CurrentUICulture.Name;
        var levels = await content.LevelsAsync(ct);
        var organisations = (await content.OrganisationsAsync(ct)).ToDictionary(o => o.Id, o => o.Name);
        string[] columns = [Msgid("Young people taking part"), Msgid("Young people who passed a level")];
        var byLevel = await passed.CountByAsync(y => y.LevelId, y => y.YouthId, ct);
        return new("tide-turners", Msgid("Tide Turners Plastic Challenge"),
            [
                new("youth", Msgid("Young people taking part"), await joined.CountDistinctAsync(y => y.YouthId, ct)),
                new("passed", Msgid("Young people who passed a level"), await passed.CountDistinctAsync(y => y.YouthId, ct)),
                new("badges", Msgid("Badges awarded"), await passed.LongCountAsync(ct)),
            ],
            [
                new("levels", Msgid("Young people by level"), ImpactRowKind.Text, Msgid("Level"), [Msgid("Young people who passed")],
                    levels.Select(l => new ImpactRow(l.TitleIn(culture), [byLevel.GetValueOrDefault(l.Id)])).ToList()),
                new("countries", Msgid("Young people by country"), ImpactRowKind.Country, Msgid("Country"), columns,
                    ImpactRows.Largest(await joined.CountByAsync(y => y.Country, y => y.YouthId, ct), await passed.CountByAsync(y => y.Country, y => y.YouthId, ct))),
                new("organisations", Msgid("Young people by organisation"), ImpactRowKind.Text, Msgid("Organisation"), columns,
                    ImpactRows.Largest(
                        Named(await joined.CountByAsync(y => y.OrganisationId, y => y.YouthId, ct), organisations),
                        Named(await passed.CountByAsync(y => y.OrganisationId, y => y.YouthId, ct), organisations))),
            ]);
    }

    private IQueryable<Participant> Youths(ImpactFilter filter)
    {
        var youths = db.Set<Youth>().AsNoTracking();
        if (filter.Country is { } country)
        {
            youths = youths.Where(y => y.Country == country);
        }
        return from y in youths
               join g in db.Set<Group>().AsNoTracking() on y.GroupId equals g.Id
               select new Participant { YouthId = y.Id, Country = y.Country, OrganisationId = g.OrganisationId, Utc = y.CreatedUtc };
    }

    /// <summary>One row per badge that stands; an erased youth's badge is revoked and has no youth, so it drops out here.</summary>
    private IQueryable<Participant> Passed(ImpactFilter filter) =>
        (from b in db.Set<Badge>().AsNoTracking()
         where b.RevokedUtc == null
         join y in Youths(filter) on b.YouthId equals (long?)y.YouthId
         select new Participant { YouthId = y.YouthId, Country = y.Country, OrganisationId = y.OrganisationId, LevelId = b.LevelId, Utc = b.IssuedUtc })
        .During(p => p.Utc, filter);

    private static Dictionary<string, long> Named(Dictionary<string, long> byId, Dictionary<string, string> names) =>
        byId.GroupBy(kv => names.GetValueOrDefault(kv.Key) ?? kv.Key).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value));

    /// <summary>A youth reduced to what may be counted; public only because EF Core builds it inside a query.</summary>
    public sealed class Participant
    {
        public long YouthId { get; init; }
        public string Country { get; init; } = "";
        public string OrganisationId { get; init; } = "";
        public string LevelId { get; init; } = "";
        public DateTime? Utc { get; init; }
    }
}
