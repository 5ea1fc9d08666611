using System.Text;

namespace Learning.Certificates.Rendering;

/// <summary>A stretch of a directional run drawn with one font.</summary>
internal readonly record struct FontRun(int Start, int Length, bool RightToLeft, ShapingFont? Font);

/// <summary>
/// Splits a directional run by font: each letter takes the first shipped font that has it, a
/// combining mark the font of its letter, and a space, digit or punctuation mark the font of its
/// neighbours when that font has it, so that "2025年" is drawn in one font and not two.
/// </summary>
internal static class FontRuns
{
    /// <summary>The font runs of <paramref name="run"/>, in visual order.</summary>
    public static List<FontRun> Split(string text, DirectionalRun run, CertificateFonts fonts)
    {
        var (starts, fontsOf) = Resolve(text.AsSpan(run.Start, run.Length), fonts);
        var runs = new List<FontRun>();
        var first = 0;
        for (var i = 1; i <= starts.Count; i++)
        {
            if (i == starts.Count || fontsOf[i] != fontsOf[first])
            {
                var end = i == starts.Count ? run.Length : starts[i];
                runs.Add(new FontRun(run.Start + starts[first], end - starts[first], run.RightToLeft, fontsOf[first]));
                first = i;
            }
        }
        if (run.RightToLeft)
        {
            runs.Reverse();
        }
        return runs;
    }

    private static (List<int> Starts, ShapingFont?[] Fonts) Resolve(ReadOnlySpan<char> text, CertificateFonts fonts)
    {
        var starts = new List<int>();
        var codepoints = new List<int>();
        var offset = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            starts.Add(offset);
            codepoints.Add(rune.Value);
            offset += rune.Utf16SequenceLength;
        }
        var chosen = new ShapingFont?[codepoints.Count];
        var common = new bool[codepoints.Count];
        for (var i = 0; i < codepoints.Count; i++)
        {
            common[i] = CertificateFonts.IsCommon(codepoints[i]);
            if (!common[i])
            {
                chosen[i] = Letter(codepoints[i], i > 0 ? chosen[i - 1] : null, fonts);
            }
        }
        for (var i = 0; i < codepoints.Count; i++)
        {
            if (common[i])
            {
                chosen[i] = Neighbour(codepoints[i], chosen, common, i) ?? fonts.FirstCovering(codepoints[i]);
            }
        }
        return (starts, chosen);
    }

    private static ShapingFont? Letter(int codepoint, ShapingFont? previous, CertificateFonts fonts) =>
        CertificateFonts.IsAttached(codepoint) && previous is not null && previous.Covers(codepoint)
            ? previous
            : fonts.FirstCovering(codepoint);

    private static ShapingFont? Neighbour(int codepoint, ShapingFont?[] chosen, bool[] common, int index)
    {
        if (index > 0 && chosen[index - 1] is { } before && before.Covers(codepoint))
        {
            return before;
        }
        for (var k = index + 1; k < chosen.Length; k++)
        {
            if (!common[k])
            {
                return chosen[k] is { } after && after.Covers(codepoint) ? after : null;
            }
        }
        return null;
    }
}
