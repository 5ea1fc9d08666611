using Learning.Core.Tables;
using Learning.TideTurners.Challenge;

namespace Learning.TideTurners.Counts;

/// <summary>The counts as CSV, one line per country and organisation, for the programme's own reports.</summary>
public static class CountsCsv
{
    public static byte[] Write(IReadOnlyList<CountCell> cells, IReadOnlyList<Level> levels) =>
        Csv.Write(new Table(
            ["country", "organisation", "participants", .. levels.Select(l => "completed_" + l.Id)],
            cells.Select(c => Row(c, levels)).ToList()));

    private static IReadOnlyList<Cell> Row(CountCell cell, IReadOnlyList<Level> levels) =>
        [cell.Country, cell.OrganisationId, cell.Participants, .. levels.Select(l => (Cell)cell.Completions.GetValueOrDefault(l.Id))];
}
