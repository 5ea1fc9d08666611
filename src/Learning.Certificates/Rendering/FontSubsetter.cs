using System.Runtime.InteropServices;
using SkiaSharp;
using static Learning.Certificates.Rendering.HarfBuzzNative;

namespace Learning.Certificates.Rendering;

/// <summary>
/// Cuts a font down to the glyphs one certificate uses, keeping their glyph ids so the shaped
/// glyphs stay valid. A certificate then embeds a few kilobytes of each font, not the whole file.
/// </summary>
internal static class FontSubsetter
{
    // Shaping is done: the PDF needs outlines, advances and the cmap, not the layout tables.
    private static readonly uint[] DroppedTables =
        [Tag("GSUB"), Tag("GPOS"), Tag("GDEF"), Tag("BASE"), Tag("JSTF"), Tag("MATH"), Tag("vhea"), Tag("vmtx"), Tag("VORG"), Tag("DSIG")];

    /// <summary>One typeface per font the lines use, made from that font's subset.</summary>
    public static Dictionary<ShapingFont, SKTypeface> Typefaces(IEnumerable<ShapedLine> lines)
    {
        var glyphsOf = new Dictionary<ShapingFont, HashSet<uint>>();
        foreach (var run in lines.SelectMany(l => l.Runs))
        {
            var set = glyphsOf.TryGetValue(run.Font, out var existing) ? existing : glyphsOf[run.Font] = [];
            set.UnionWith(run.Glyphs.Select(g => (uint)g));
        }
        return glyphsOf.ToDictionary(p => p.Key, p => Typeface(p.Key, p.Value));
    }

    private static SKTypeface Typeface(ShapingFont font, HashSet<uint> glyphs)
    {
        var data = Subset(font, glyphs);
        return SKTypeface.FromData(SKData.CreateCopy(data))
            ?? throw new InvalidOperationException($"Skia could not read the subset of {font.Name}");
    }

    public static byte[] Subset(ShapingFont font, IReadOnlyCollection<uint> glyphs)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            throw new InvalidOperationException("HarfBuzz could not allocate a subset input");
        }
        try
        {
            Fill(hb_subset_input_set(input, SubsetSet.GlyphIndex), glyphs);
            Fill(hb_subset_input_set(input, SubsetSet.Unicode), glyphs.SelectMany(g => font.CharactersOf(g)).Select(c => (uint)c));
            Fill(hb_subset_input_set(input, SubsetSet.DropTableTag), DroppedTables);
            hb_subset_input_set_flags(input, SubsetFlags.RetainGlyphIds | SubsetFlags.NoHinting);
            return Execute(font, input);
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    private static byte[] Execute(ShapingFont font, IntPtr input)
    {
        var subset = hb_subset_or_fail(font.FaceHandle, input);
        if (subset == IntPtr.Zero)
        {
            throw new InvalidOperationException($"HarfBuzz could not subset {font.Name}");
        }
        var blob = hb_face_reference_blob(subset);
        try
        {
            var data = hb_blob_get_data(blob, out var length);
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            hb_blob_destroy(blob);
            hb_face_destroy(subset);
        }
    }

    private static void Fill(IntPtr set, IEnumerable<uint> values)
    {
        foreach (var value in values)
        {
            hb_set_add(set, value);
        }
    }
}
