using System.Globalization;
using System.Text;

namespace Learning.Certificates.Rendering;

/// <summary>
/// A small bidirectional algorithm for one line: enough for names, titles and dates. Letters of
/// right-to-left scripts are strong right-to-left, other letters and all digits strong
/// left-to-right (a number always reads left to right), and spaces and punctuation take the
/// direction of the letters on both sides, or the paragraph's when those differ. With only two
/// embedding levels, visual order is the logical order of the runs, reversed in a right-to-left
/// paragraph; the characters inside a right-to-left run are reversed by the shaper.
/// </summary>
public static class BidiRuns
{
    private enum Strength : byte { Left, Right, Neutral, Attached }

    /// <summary>The runs of <paramref name="text"/> in visual order, left to right.</summary>
    public static IReadOnlyList<DirectionalRun> Split(string text, bool rightToLeftParagraph)
    {
        var directions = Resolve(Classify(text), rightToLeftParagraph);
        var runs = new List<DirectionalRun>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || directions[i] != directions[start])
            {
                runs.Add(new DirectionalRun(start, i - start, directions[start]));
                start = i;
            }
        }
        if (rightToLeftParagraph)
        {
            runs.Reverse();
        }
        return runs;
    }

    /// <summary>
    /// The direction of the first letter that has one, as HTML's dir="auto" finds it: true for
    /// right to left, null for a text of digits and punctuation only.
    /// </summary>
    public static bool? FirstStrongDirection(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsRightToLeftLetter(rune.Value))
            {
                return true;
            }
            if (Rune.IsLetter(rune))
            {
                return false;
            }
        }
        return null;
    }

    private static Strength[] Classify(string text)
    {
        var classes = new Strength[text.Length];
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var strength = Classify(rune);
            classes[index] = strength;
            if (rune.Utf16SequenceLength == 2)
            {
                classes[index + 1] = Strength.Attached;
            }
            index += rune.Utf16SequenceLength;
        }
        return classes;
    }

    private static Strength Classify(Rune rune)
    {
        if (IsRightToLeftLetter(rune.Value))
        {
            return Strength.Right;
        }
        if (CertificateFonts.IsAttached(rune.Value))
        {
            return Strength.Attached;
        }
        return Rune.IsLetter(rune) || Rune.IsDigit(rune) || CharUnicodeInfo.GetUnicodeCategory(rune.Value) == UnicodeCategory.OtherNumber
            ? Strength.Left
            : Strength.Neutral;
    }

    /// <summary>Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms, less the Arabic digits and separators.</summary>
    internal static bool IsRightToLeftLetter(int c) =>
        c is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF) or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF)
        && c is not ((>= 0x0660 and <= 0x0669) or (>= 0x06F0 and <= 0x06F9) or 0x060C or 0x066B or 0x066C);

    private static bool[] Resolve(Strength[] classes, bool rightToLeftParagraph)
    {
        var rtl = new bool[classes.Length];
        var i = 0;
        while (i < classes.Length)
        {
            if (classes[i] is Strength.Left or Strength.Right)
            {
                rtl[i] = classes[i] == Strength.Right;
                i++;
                continue;
            }
            i = ResolveWeakStretch(classes, rtl, i, rightToLeftParagraph);
        }
        return rtl;
    }

    /// <summary>
    /// A stretch of neutral and attached characters: marks right after a letter go with it; the
    /// rest takes the direction shared by the strong letters on both sides, else the paragraph's.
    /// </summary>
    private static int ResolveWeakStretch(Strength[] classes, bool[] rtl, int start, bool paragraph)
    {
        var end = start;
        while (end < classes.Length && classes[end] is Strength.Neutral or Strength.Attached)
        {
            end++;
        }
        var before = start == 0 ? paragraph : rtl[start - 1];
        var after = end == classes.Length ? paragraph : classes[end] == Strength.Right;
        var shared = before == after ? before : paragraph;
        var attachedToLetter = start > 0;
        for (var k = start; k < end; k++)
        {
            attachedToLetter &= classes[k] == Strength.Attached;
            rtl[k] = attachedToLetter ? before : shared;
        }
        return end;
    }
}
