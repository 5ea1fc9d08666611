using System.Runtime.InteropServices;

namespace Learning.Certificates.Rendering;

/// <summary>
/// The parts of HarfBuzz that HarfBuzzSharp ships in its native library but does not wrap: font
/// subsetting and cmap enumeration. Skia's PDF backend, as SkiaSharp builds it, embeds TrueType
/// fonts whole, so the renderer subsets each font itself before Skia sees it.
/// </summary>
internal static class HarfBuzzNative
{
    private const string Library = "libHarfBuzzSharp";

    public const uint SetValueInvalid = uint.MaxValue;

    [Flags]
    public enum SubsetFlags : uint
    {
        NoHinting = 0x1,
        RetainGlyphIds = 0x2,
    }

    public enum SubsetSet
    {
        GlyphIndex = 0,
        Unicode = 1,
        NoSubsetTableTag = 2,
        DropTableTag = 3,
    }

    [DllImport(Library)] public static extern IntPtr hb_subset_input_create_or_fail();
    [DllImport(Library)] public static extern void hb_subset_input_destroy(IntPtr input);
    [DllImport(Library)] public static extern IntPtr hb_subset_input_set(IntPtr input, SubsetSet set);
    [DllImport(Library)] public static extern void hb_subset_input_set_flags(IntPtr input, SubsetFlags flags);
    [DllImport(Library)] public static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    [DllImport(Library)] public static extern IntPtr hb_face_reference_blob(IntPtr face);
    [DllImport(Library)] public static extern void hb_face_destroy(IntPtr face);
    [DllImport(Library)] public static extern void hb_face_collect_unicodes(IntPtr face, IntPtr set);
    [DllImport(Library)] public static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [DllImport(Library)] public static extern void hb_blob_destroy(IntPtr blob);
    [DllImport(Library)] public static extern IntPtr hb_set_create();
    [DllImport(Library)] public static extern void hb_set_destroy(IntPtr set);
    [DllImport(Library)] public static extern void hb_set_add(IntPtr set, uint value);
    [DllImport(Library)] public static extern int hb_set_next(IntPtr set, ref uint value);
    [DllImport(Library)] public static extern void hb_font_make_immutable(IntPtr font);

    public static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);
}
