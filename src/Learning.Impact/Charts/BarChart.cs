namespace Learning.Impact.Charts;

/// <summary>One bar: its label and shown value, and where they stand in the chart's coordinates.</summary>
public sealed record ChartBar(string Label, string Shown, int Y, int LabelX, int BarX, int BarWidth, int ValueX);

/// <summary>
/// A horizontal bar chart laid out for inline SVG: labels on the reading side, bars growing away
/// from them, so an Arabic chart is the mirror of an English one. The SVG names its direction
/// itself, since inline SVG would otherwise inherit the page's and mirror its text a second time.
/// </summary>
public sealed record BarChart(string Id, string Title, bool RightToLeft, IReadOnlyList<ChartBar> Bars)
{
    public const int Width = 640;
    public const int LabelWidth = 230;
    public const int BarArea = 330;
    public const int RowHeight = 28;
    public const int BarHeight = 20;
    private const int LabelLength = 32;

    public int Height => Bars.Count * RowHeight;

    public string Direction => RightToLeft ? "rtl" : "ltr";

    public static BarChart Of(string id, string title, bool rightToLeft, IReadOnlyList<(string Label, long Value, string Shown)> rows)
    {
        var largest = Math.Max(1, rows.Select(r => r.Value).DefaultIfEmpty(0).Max());
        var bars = rows.Select((row, i) =>
        {
            var width = row.Value <= 0 ? 0 : (int)Math.Max(1, row.Value * BarArea / largest);
            // Laid out left to right, then mirrored: x becomes Width - x for a text's start, Width - x - width for a bar.
            var (label, bar, value) = (0, LabelWidth, LabelWidth + width + 6);
            return rightToLeft
                ? new ChartBar(Short(row.Label), row.Shown, i * RowHeight, Width - label, Width - bar - width, width, Width - value)
                : new ChartBar(Short(row.Label), row.Shown, i * RowHeight, label, bar, width, value);
        }).ToList();
        return new(id, title, rightToLeft, bars);
    }

    /// <summary>A long organisation name would run into its bar; the table below gives it in full.</summary>
    private static string Short(string label) => label.Length <= LabelLength ? label : label[..(LabelLength - 1)] + "…";
}
