using System.Text;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace Learning.Certificates.Rendering;

/// <summary>Turns a line of text into positioned glyphs: bidi runs, then font runs, each shaped by HarfBuzz.</summary>
internal sealed class TextShaper(CertificateFonts fonts)
{
    public ShapedLine Shape(string text, bool rightToLeftParagraph, string culture)
    {
        var language = new Language(culture);
        var runs = new List<ShapedRun>();
        foreach (var directional in BidiRuns.Split(text, rightToLeftParagraph))
        {
            foreach (var run in FontRuns.Split(text, directional, fonts))
            {
                runs.Add(ShapeRun(text, run, language));
            }
        }
        return new ShapedLine(runs);
    }

    private ShapedRun ShapeRun(string text, FontRun run, Language language)
    {
        var font = run.Font ?? fonts.Fonts[0];
        using var buffer = new Buffer();
        // The whole line is given as context, so that Arabic letters join across a run boundary.
        buffer.AddUtf16(text.AsSpan(), run.Start, run.Length);
        buffer.Direction = run.RightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.Language = language;
        buffer.GuessSegmentProperties();
        font.Shape(buffer);
        return Collect(font, run, buffer, Utf8Offsets(text, run));
    }

    private static ShapedRun Collect(ShapingFont font, FontRun run, Buffer buffer, (byte[] Utf8, int[] OffsetOf) utf8)
    {
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = 1f / font.UnitsPerEm;
        var glyphs = new ushort[infos.Length];
        var x = new float[infos.Length];
        var y = new float[infos.Length];
        var clusters = new uint[infos.Length];
        var pen = 0;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            x[i] = (pen + positions[i].XOffset) * scale;
            // HarfBuzz's y grows upwards, the canvas's downwards.
            y[i] = -positions[i].YOffset * scale;
            clusters[i] = (uint)utf8.OffsetOf[(int)infos[i].Cluster - run.Start];
            pen += positions[i].XAdvance;
        }
        return new ShapedRun(font, run.RightToLeft, glyphs, x, y, clusters, utf8.Utf8, pen * scale);
    }

    /// <summary>The run as UTF-8, and for each UTF-16 index of the run the byte offset it starts at.</summary>
    private static (byte[] Utf8, int[] OffsetOf) Utf8Offsets(string text, FontRun run)
    {
        var span = text.AsSpan(run.Start, run.Length);
        var offsets = new int[run.Length + 1];
        var bytes = 0;
        var index = 0;
        foreach (var rune in span.EnumerateRunes())
        {
            for (var k = 0; k < rune.Utf16SequenceLength; k++)
            {
                offsets[index + k] = bytes;
            }
            index += rune.Utf16SequenceLength;
            bytes += rune.Utf8SequenceLength;
        }
        offsets[run.Length] = bytes;
        return (Encoding.UTF8.GetBytes(span.ToString()), offsets);
    }
}
