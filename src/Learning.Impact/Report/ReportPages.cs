using Learning.Certificates.Rendering;
using SkiaSharp;

namespace Learning.Impact.Report;

/// <summary>Which end of its box a text keeps to, in the reading direction: the start is the right in Arabic.</summary>
internal enum Side
{
    Start,
    End,
    Center,
}

/// <summary>
/// The report's A4 pages and the cursor going down them. Callers place things in left-to-right
/// coordinates; a right-to-left report gets them mirrored, so the layout is written once.
/// </summary>
internal sealed class ReportPages(PdfTextWriter writer, ReportLanguage language)
{
    public const float PageWidth = 595f;   // A4 portrait, in points
    public const float PageHeight = 842f;
    public const float Margin = 48f;
    public const float Width = PageWidth - 2 * Margin;
    private const float Top = 56f;
    private const float Bottom = PageHeight - 60f;

    private readonly List<List<Mark>> pages = [[]];
    private readonly List<ShapedText> shaped = [];

    public float Y { get; private set; } = Top;

    public IReadOnlyList<IReadOnlyList<Mark>> All => pages;

    /// <summary>Every line laid out, for cutting the fonts down.</summary>
    public IReadOnlyList<ShapedText> Shaped => shaped;

    /// <summary>Starts a new page when <paramref name="height"/> does not fit under the cursor; true when it did.</summary>
    public bool Reserve(float height)
    {
        if (Y + height <= Bottom || Y == Top)
        {
            return false;
        }
        pages.Add([]);
        Y = Top;
        return true;
    }

    public void Down(float height) => Y += height;

    /// <summary>A line whose baseline is <paramref name="baseline"/> below the cursor.</summary>
    public void Text(string text, float left, float width, float baseline, float size, SKColor color, Side side = Side.Start) =>
        TextOn(pages.Count - 1, text, left, width, Y + baseline, size, color, side);

    public void TextOn(int page, string text, float left, float width, float baseline, float size, SKColor color, Side side)
    {
        // Each line takes the direction of its own first letter, as dir="auto" would: a Chinese
        // language name in an Arabic report keeps its closing bracket on the right.
        var line = writer.Shape(text, language.Culture, BidiRuns.FirstStrongDirection(text) ?? language.RightToLeft);
        shaped.Add(line);
        pages[page].Add(new TextMark(line, Mirror(left, width), baseline, width, size, color, Align(side)));
    }

    /// <summary>A rectangle <paramref name="top"/> below the cursor.</summary>
    public void Box(float left, float width, float top, float height, SKColor color) =>
        pages[^1].Add(new BoxMark(SKRect.Create(Mirror(left, width), Y + top, width, height), color));

    private float Mirror(float left, float width) => language.RightToLeft ? PageWidth - left - width : left;

    private TextAlign Align(Side side) => side switch
    {
        Side.Center => TextAlign.Center,
        Side.Start => language.RightToLeft ? TextAlign.Right : TextAlign.Left,
        _ => language.RightToLeft ? TextAlign.Left : TextAlign.Right,
    };
}
