using static Learning.Core.Cultures.UiText;
using Learning.Core.Impact;
using static Learning.Impact.Report.ReportInk;
using static Learning.Impact.Report.ReportPages;

namespace Learning.Impact.Report;

/// <summary>
/// A breakdown as a table (the row's label at the start, its numbers at the end of their columns)
/// and as a horizontal bar chart of its first column. Both carry over to the next page when long,
/// the table repeating its heading row.
/// </summary>
internal sealed class ReportTables(ReportPages pages, ReportLanguage language)
{
    private const float RowHeight = 15f;
    private const float CellSize = 9.5f;
    private const float ChartLabelWidth = 150f;
    private const float ChartValueWidth = 64f;

    public void Table(ImpactTable table)
    {
        pages.Reserve(24 + 2 * RowHeight);
        pages.Text(language.Text(table.Title), Margin, Width, 14, 12, Sea);
        pages.Down(22);
        if (table.Rows.Count == 0)
        {
            pages.Text(language.Text(Msgid("No figures for this period.")), Margin, Width, 11, CellSize, Muted);
            pages.Down(RowHeight + 8);
            return;
        }
        Heading(table);
        foreach (var row in table.Rows)
        {
            if (pages.Reserve(RowHeight))
            {
                Heading(table);
            }
            Cells(language.Label(table.RowsAre, row.Key), row.Values.Select(language.Number).ToList(), table.Columns.Count, Ink);
            pages.Box(Margin, Width, RowHeight - 3, 0.3f, Rule);
            pages.Down(RowHeight);
        }
        pages.Down(10);
    }

    public void Chart(ImpactTable table)
    {
        if (table.Rows.Count == 0 || table.Columns.Count == 0)
        {
            return;
        }
        pages.Reserve(20 + 2 * RowHeight);
        pages.Text(language.Text(table.Columns[0]), Margin, Width, 11, 9, Muted);
        pages.Down(16);
        var most = Math.Max(1, table.Rows.Max(r => r.Values.Count > 0 ? r.Values[0] : 0));
        foreach (var row in table.Rows)
        {
            pages.Reserve(RowHeight);
            Bar(language.Label(table.RowsAre, row.Key), row.Values.Count > 0 ? row.Values[0] : 0, most);
            pages.Down(RowHeight);
        }
        pages.Down(14);
    }

    private void Heading(ImpactTable table)
    {
        Cells(language.Text(table.RowHeading), table.Columns.Select(language.Text).ToList(), table.Columns.Count, Muted);
        pages.Box(Margin, Width, RowHeight - 3, 0.75f, Sea);
        pages.Down(RowHeight);
    }

    private void Cells(string label, IReadOnlyList<string> numbers, int columns, SkiaSharp.SKColor color)
    {
        var numberWidth = Math.Min(84f, Width * 0.6f / Math.Max(1, columns));
        var labelWidth = Width - columns * numberWidth;
        pages.Text(label, Margin, labelWidth - 8, RowHeight - 5, CellSize, color);
        for (var i = 0; i < numbers.Count && i < columns; i++)
        {
            pages.Text(numbers[i], Margin + labelWidth + i * numberWidth, numberWidth - 4, RowHeight - 5, CellSize, color, Side.End);
        }
    }

    /// <summary>One bar, as long against the area as the value against the largest: vector, so it prints sharp.</summary>
    private void Bar(string label, long value, long most)
    {
        const float area = Width - ChartLabelWidth - ChartValueWidth;
        pages.Text(label, Margin, ChartLabelWidth - 8, RowHeight - 5, 8.5f, Ink);
        var length = Math.Max(0, value) * area / most;
        if (length > 0)
        {
            pages.Box(Margin + ChartLabelWidth, length, 2, RowHeight - 5, BarFill);
        }
        pages.Text(language.Number(value), Margin + ChartLabelWidth + length + 4, ChartValueWidth - 4, RowHeight - 5, 8.5f, Ink);
    }
}
