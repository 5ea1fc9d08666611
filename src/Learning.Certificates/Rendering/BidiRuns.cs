using Icu;

namespace Learning.Certificates.Rendering;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9) for one line, as ICU's ubidi implements it, on
/// the ICU library that .NET itself loads on Linux (Debian's libicu). The paragraph level is
/// the document's direction; ICU resolves every character's level and puts the level runs in
/// visual order (L2). The shaper does the rest: HarfBuzz lays a right-to-left run's characters
/// right to left and mirrors its brackets (L4), so nothing here mirrors them a second time.
/// </summary>
public static class BidiRuns
{
    private const byte LeftToRightLevel = 0;
    private const byte RightToLeftLevel = 1;

    static BidiRuns()
    {
        // ICU asks to be initialised once, before several threads use it.
        var error = Wrapper.Init();
        // Negative codes are warnings; only positive ones are failures.
        if (error > ErrorCode.NoErrors)
        {
            throw new InvalidOperationException($"ICU did not start: {error}");
        }
    }

    /// <summary>The runs of <paramref name="text"/> in visual order, left to right.</summary>
    public static IReadOnlyList<DirectionalRun> Split(string text, bool rightToLeftParagraph)
    {
        if (text.Length == 0)
        {
            return [];
        }
        using var bidi = new BiDi();
        bidi.SetPara(text, rightToLeftParagraph ? RightToLeftLevel : LeftToRightLevel, null);
        var runs = new DirectionalRun[bidi.CountRuns()];
        for (var i = 0; i < runs.Length; i++)
        {
            var direction = bidi.GetVisualRun(i, out var start, out var length);
            runs[i] = new DirectionalRun(start, length, direction == BiDi.BiDiDirection.RTL);
        }
        return runs;
    }

    /// <summary>
    /// The direction of the first strong letter outside isolates (P2, P3), as HTML's dir="auto"
    /// finds it: true for right to left, null for a text of digits and punctuation only.
    /// </summary>
    public static bool? FirstStrongDirection(string text)
    {
        // ICU falls back to the default level given only when the text has no strong letter.
        if (ParagraphLevel(text, BiDi.DEFAULT_LTR) == RightToLeftLevel)
        {
            return true;
        }
        return ParagraphLevel(text, BiDi.DEFAULT_RTL) == LeftToRightLevel ? false : null;
    }

    private static byte ParagraphLevel(string text, byte defaultLevel)
    {
        using var bidi = new BiDi();
        bidi.SetPara(text, defaultLevel, null);
        return bidi.GetParaLevel();
    }
}
