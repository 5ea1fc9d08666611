using Learning.Core.Data;
using Learning.TideTurners.Badges;
using Learning.TideTurners.Groups;
using Learning.TideTurners.Youths;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Counts;

/// <summary>Participants and badges (not revoked) of one organisation in one country: the unit everything is summed from.</summary>
public sealed record CountCell(string Country, string OrganisationId, int Participants, IReadOnlyDictionary<string, int> Completions);

/// <summary>One line of a count table: a country, an organisation or the whole scope.</summary>
public sealed record CountLine(string Name, int Participants, IReadOnlyDictionary<string, int> Completions)
{
    public int CompletionsOf(string levelId) => Completions.GetValueOrDefault(levelId);
}

/// <summary>
/// The figures the programme reports: participants and completions per level, per country and per
/// organisation, limited to what the viewer coordinates. Only counts leave this class, never a youth.
/// </summary>
public sealed class ChallengeCounts(LearningDbContext db)
{
    public async Task<List<CountCell>> CellsAsync(Func<string, string, bool> inScope, CancellationToken ct)
    {
        var participants = await (from y in db.Set<Youth>() join g in db.Set<Group>() on y.GroupId equals g.Id
                                  group y by new { g.Country, g.OrganisationId } into cell
                                  select new { cell.Key.Country, cell.Key.OrganisationId, Count = cell.Count() }).ToListAsync(ct);
        var badges = await (from b in db.Set<Badge>() where b.RevokedUtc == null
                            join y in db.Set<Youth>() on b.YouthId equals y.Id
                            join g in db.Set<Group>() on y.GroupId equals g.Id
                            group b by new { g.Country, g.OrganisationId, b.LevelId } into cell
                            select new { cell.Key.Country, cell.Key.OrganisationId, cell.Key.LevelId, Count = cell.Count() }).ToListAsync(ct);
        return participants.Where(p => inScope(p.OrganisationId, p.Country))
            .Select(p => new CountCell(p.Country, p.OrganisationId, p.Count,
                badges.Where(b => b.Country == p.Country && b.OrganisationId == p.OrganisationId).ToDictionary(b => b.LevelId, b => b.Count)))
            .OrderBy(c => c.Country).ThenBy(c => c.OrganisationId).ToList();
    }

    public static List<CountLine> By(IEnumerable<CountCell> cells, Func<CountCell, string> name) =>
        cells.GroupBy(name).Select(g => Sum(g.Key, g)).OrderByDescending(l => l.Participants).ThenBy(l => l.Name).ToList();

    public static CountLine Sum(string name, IEnumerable<CountCell> cells)
    {
        var list = cells.ToList();
        var completions = list.SelectMany(c => c.Completions).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
        return new CountLine(name, list.Sum(c => c.Participants), completions);
    }
}
