using System.Text;
using UglyToad.PdfPig.Content;

namespace Learning.Certificates.Tests;

/// <summary>Reads a page's letters honouring /ActualText spans and /ReversedChars runs (see <see cref="RenderedPdf.LogicalText"/>).</summary>
internal static class PdfTextReader
{
    public static string Read(Page page)
    {
        var actualTextOf = new Dictionary<Letter, MarkedContentElement>(ReferenceEqualityComparer.Instance);
        var reversedRunOf = new Dictionary<Letter, MarkedContentElement>(ReferenceEqualityComparer.Instance);
        foreach (var element in page.GetMarkedContents())
        {
            Index(element, null, actualTextOf, reversedRunOf);
        }
        var text = new StringBuilder();
        var run = new List<string>();
        MarkedContentElement? currentRun = null;
        MarkedContentElement? lastSpan = null;
        foreach (var letter in page.Letters)
        {
            var reversed = reversedRunOf.GetValueOrDefault(letter);
            if (!ReferenceEquals(reversed, currentRun))
            {
                Flush(text, run, currentRun is not null);
                currentRun = reversed;
            }
            if (actualTextOf.TryGetValue(letter, out var span))
            {
                if (!ReferenceEquals(span, lastSpan))
                {
                    run.Add(span.ActualText ?? "");
                }
                lastSpan = span;
                continue;
            }
            lastSpan = null;
            run.Add(letter.Value);
        }
        Flush(text, run, currentRun is not null);
        return text.ToString();
    }

    private static void Index(MarkedContentElement element, MarkedContentElement? reversedRun,
        Dictionary<Letter, MarkedContentElement> actualTextOf, Dictionary<Letter, MarkedContentElement> reversedRunOf)
    {
        var run = element.Tag == "ReversedChars" ? element : reversedRun;
        foreach (var letter in element.Letters)
        {
            if (element.ActualText is not null)
            {
                actualTextOf.TryAdd(letter, element);
            }
            if (run is not null)
            {
                reversedRunOf.TryAdd(letter, run);
            }
        }
        foreach (var child in element.Children)
        {
            Index(child, run, actualTextOf, reversedRunOf);
        }
    }

    private static void Flush(StringBuilder text, List<string> run, bool reversed)
    {
        if (reversed)
        {
            run.Reverse();
        }
        foreach (var unit in run)
        {
            text.Append(unit);
        }
        run.Clear();
    }
}
