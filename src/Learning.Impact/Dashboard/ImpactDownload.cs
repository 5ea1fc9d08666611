using Learning.Core.Impact;
using Learning.Core.Tables;
using static Learning.Core.Cultures.UiText;

namespace Learning.Impact.Dashboard;

/// <summary>
/// Every figure of the dashboard as one long table (programme, table, row, measure, value), so a
/// spreadsheet can filter and pivot it; values are number cells.
/// </summary>
public static class ImpactDownload
{
    public static Table Of(IEnumerable<ImpactSection> sections, ImpactLabels labels)
    {
        var rows = new List<IReadOnlyList<Cell>>();
        foreach (var section in sections)
        {
            var programme = labels.Text(section.Title);
            rows.AddRange(section.Headlines.Select(h => Line(programme, labels.Text(Msgid("Headline figures")), "", labels.Text(h.Label), h.Value)));
            foreach (var table in section.Tables)
            {
                rows.AddRange(from row in table.Rows
                              from column in table.Columns.Select((name, i) => (name, i))
                              select Line(programme, labels.Text(table.Title), labels.Row(table.RowsAre, row.Key), labels.Text(column.name), row.Values[column.i]));
            }
        }
        return new([labels.Text(Msgid("Programme")), labels.Text(Msgid("Table")), labels.Text(Msgid("Row")), labels.Text(Msgid("Measure")), labels.Text(Msgid("Value"))], rows);
    }

    private static Cell[] Line(string programme, string table, string row, string measure, long value) =>
        [programme, table, row, measure, value];
}
