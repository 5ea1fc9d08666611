using System.Runtime.InteropServices;
using HarfBuzzSharp;
using HbFont = HarfBuzzSharp.Font;

namespace Learning.Certificates.Rendering;

/// <summary>
/// One shipped font, loaded once for the life of the process: its HarfBuzz face for shaping and
/// subsetting, and which characters each glyph stands for. Shaping and subsetting only read it,
/// so one instance serves every thread.
/// </summary>
internal sealed class ShapingFont
{
    // Held so that the managed wrappers of the font's native objects live as long as the font.
    private readonly Blob blob;
    private readonly Face face;
    private readonly HbFont font;
    private readonly Dictionary<uint, List<int>> charactersOfGlyph = [];

    public ShapingFont(string name, byte[] data, int faceIndex)
    {
        Name = name;
        blob = NativeBlob(data);
        face = new Face(blob, faceIndex);
        face.MakeImmutable();
        UnitsPerEm = face.UnitsPerEm;
        font = new HbFont(face);
        font.SetFunctionsOpenType();
        // Shaping at the em size gives positions in font units, which the renderer scales itself.
        font.SetScale(UnitsPerEm, UnitsPerEm);
        HarfBuzzNative.hb_font_make_immutable(font.Handle);
        IndexCharacters();
    }

    public string Name { get; }

    public int UnitsPerEm { get; }

    internal IntPtr FaceHandle => face.Handle;

    public bool Covers(int codepoint) => font.TryGetNominalGlyph(codepoint, out var glyph) && glyph != 0;

    /// <summary>The characters whose cmap entry is this glyph, so that a subset keeps them and PDF text extraction finds them.</summary>
    public IReadOnlyList<int> CharactersOf(uint glyph) =>
        charactersOfGlyph.TryGetValue(glyph, out var characters) ? characters : [];

    public void Shape(HarfBuzzSharp.Buffer buffer) => font.Shape(buffer);

    /// <summary>
    /// The font's bytes in native memory that stays put, owned by HarfBuzz from here on: the
    /// face reads its tables from it for as long as the process runs.
    /// </summary>
    private static Blob NativeBlob(byte[] data)
    {
        var memory = Marshal.AllocHGlobal(data.Length);
        Marshal.Copy(data, 0, memory, data.Length);
        var blob = new Blob(memory, data.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(memory));
        blob.MakeImmutable();
        return blob;
    }

    private void IndexCharacters()
    {
        var set = HarfBuzzNative.hb_set_create();
        try
        {
            HarfBuzzNative.hb_face_collect_unicodes(face.Handle, set);
            var codepoint = HarfBuzzNative.SetValueInvalid;
            while (HarfBuzzNative.hb_set_next(set, ref codepoint) != 0)
            {
                if (font.TryGetNominalGlyph(codepoint, out var glyph))
                {
                    (charactersOfGlyph.TryGetValue(glyph, out var list) ? list : charactersOfGlyph[glyph] = []).Add((int)codepoint);
                }
            }
        }
        finally
        {
            HarfBuzzNative.hb_set_destroy(set);
        }
    }
}
