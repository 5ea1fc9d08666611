using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace Learning.Certificates.Tests;

/// <summary>A page of a rendered PDF (a certificate's only page, a report's any) read back with PdfPig, with the checks the tests make on it.</summary>
public sealed class RenderedPdf : IDisposable
{
    private readonly PdfDocument document;

    public RenderedPdf(byte[] bytes, int page = 1)
    {
        Bytes = bytes;
        document = PdfDocument.Open(bytes);
        Page = document.GetPage(page);
    }

    public byte[] Bytes { get; }

    public Page Page { get; }

    public int PageCount => document.NumberOfPages;

    /// <summary>
    /// The page's text as a reader should get it: a cluster drawn with glyphs that do not map back
    /// one to one (an Arabic joining form, a Thai tone mark moved down) is read from its
    /// /ActualText, and right-to-left runs, which the PDF marks /ReversedChars, are put back into
    /// logical order.
    /// </summary>
    public string LogicalText() => PdfTextReader.Read(Page);

    /// <summary>
    /// The glyphs of the page, or of those <paramref name="where"/> picks, as they stand from left
    /// to right: each read as the character its glyph draws, with Arabic joining forms folded to
    /// their letters (NFKC), so a line comes back in its visual order.
    /// </summary>
    public string VisualText(Func<Letter, bool>? where = null) =>
        string.Concat(Page.Letters.Where(where ?? (_ => true)).OrderBy(l => l.StartBaseLine.X).Select(l => l.Value.Normalize(NormalizationForm.FormKC)));

    /// <summary>The names of fonts whose program is not in the file.</summary>
    public IReadOnlyList<string> UnembeddedFonts() =>
        Fonts().Where(f => !IsEmbedded(f.Value)).Select(f => f.Key).ToList();

    /// <summary>The fonts whose encoding is not Identity-H (two-byte glyph ids), for which the .notdef check would be blind.</summary>
    public IReadOnlyList<string> FontsNotIdentityEncoded() =>
        Fonts().Where(f => !IsIdentityType0(f.Value)).Select(f => f.Key).ToList();

    /// <summary>How many glyphs drawn are glyph 0, the .notdef box: every text-showing operator's codes, read as glyph ids.</summary>
    public int NotdefGlyphs()
    {
        var count = 0;
        foreach (var operation in Page.Operations)
        {
            switch (operation)
            {
                case ShowText show:
                    count += ZeroCodes(show.Bytes.ToArray());
                    break;
                case ShowTextsWithPositioning shows:
                    count += shows.Array.Sum(t => t switch
                    {
                        HexToken hex => ZeroCodes(hex.Bytes.ToArray()),
                        StringToken text => ZeroCodes(text.GetBytes()),
                        _ => 0,
                    });
                    break;
            }
        }
        return count;
    }

    /// <summary>The font resource names that text is drawn with.</summary>
    public IReadOnlySet<string> FontsUsed() =>
        Page.Operations.OfType<SetFontAndSize>().Select(f => f.Font.Data).ToHashSet();

    private static int ZeroCodes(byte[] bytes)
    {
        var zeros = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i] == 0 && bytes[i + 1] == 0)
            {
                zeros++;
            }
        }
        return zeros;
    }

    private Dictionary<string, DictionaryToken> Fonts()
    {
        var resources = Resolve<DictionaryToken>(Page.Dictionary.Data["Resources"]);
        var fonts = Resolve<DictionaryToken>(resources.Data["Font"]);
        return fonts.Data.ToDictionary(f => f.Key, f => Resolve<DictionaryToken>(f.Value));
    }

    private bool IsEmbedded(DictionaryToken font)
    {
        var subtype = Name(font, "Subtype");
        if (subtype == "Type3")
        {
            return font.Data.ContainsKey("CharProcs");
        }
        var described = subtype == "Type0" ? Descendant(font) : font;
        return described.Data.TryGetValue("FontDescriptor", out var reference)
            && Resolve<DictionaryToken>(reference).Data.Keys.Any(k => k is "FontFile" or "FontFile2" or "FontFile3");
    }

    private bool IsIdentityType0(DictionaryToken font) =>
        Name(font, "Subtype") == "Type0" && Name(font, "Encoding") == "Identity-H"
        && (!Descendant(font).Data.TryGetValue("CIDToGIDMap", out var map) || map is NameToken { Data: "Identity" });

    private DictionaryToken Descendant(DictionaryToken font) =>
        Resolve<DictionaryToken>(Resolve<ArrayToken>(font.Data["DescendantFonts"]).Data[0]);

    private string? Name(DictionaryToken dictionary, string key) =>
        dictionary.Data.TryGetValue(key, out var token) ? Resolve<NameToken>(token).Data : null;

    private T Resolve<T>(IToken token) where T : class, IToken =>
        DirectObjectFinder.Get<T>(token, document.Structure.TokenScanner) ?? throw new InvalidOperationException($"expected a {typeof(T).Name}");

    public void Dispose() => document.Dispose();
}
