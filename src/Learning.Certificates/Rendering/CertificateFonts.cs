using System.Collections.Concurrent;
using System.Globalization;
using SkiaSharp;

namespace Learning.Certificates.Rendering;

/// <summary>
/// The shipped fonts in fallback order (Latin/Cyrillic/Vietnamese, Arabic, Thai, Chinese) and the
/// choice of a font for each character. Loaded once per process; safe to share between threads.
/// </summary>
internal sealed class CertificateFonts
{
    private static readonly string[] Shipped =
        ["NotoSans-Regular.ttf", "NotoNaskhArabic-Regular.ttf", "NotoSansThai-Regular.ttf", "NotoSansSC-Regular-GB2312.ttf"];

    private static readonly Lazy<CertificateFonts> Instance = new(() => new CertificateFonts(Shipped.Select(Load).ToList()));

    private readonly IReadOnlyList<ShapingFont> fonts;
    private readonly ConcurrentDictionary<int, ShapingFont?> systemFallbacks = new();
    private readonly ConcurrentDictionary<string, ShapingFont?> systemFonts = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyList<SKTypeface>> systemTypefaces = new(ListSystemTypefaces);

    private CertificateFonts(IReadOnlyList<ShapingFont> fonts) => this.fonts = fonts;

    public static CertificateFonts Shared => Instance.Value;

    public IReadOnlyList<ShapingFont> Fonts => fonts;

    /// <summary>
    /// The first shipped font that has the character; a character no shipped font has (a rare
    /// Chinese name character outside GB2312, say) is looked up among the system's fonts, which
    /// beats printing an empty box.
    /// </summary>
    public ShapingFont? FirstCovering(int codepoint)
    {
        foreach (var font in fonts)
        {
            if (font.Covers(codepoint))
            {
                return font;
            }
        }
        return systemFallbacks.GetOrAdd(codepoint, SystemFont);
    }

    private ShapingFont? SystemFont(int codepoint)
    {
        // SkiaSharp's Linux build without fontconfig cannot match by character, but it can list the families.
        using var matched = SKFontManager.Default.MatchCharacter(codepoint);
        var typeface = matched ?? systemTypefaces.Value.FirstOrDefault(t => t.ContainsGlyph(codepoint));
        if (typeface is null)
        {
            return null;
        }
        var font = systemFonts.GetOrAdd($"{typeface.FamilyName}|{typeface.FontStyle.Weight}|{typeface.FontStyle.Slant}", _ => Read(typeface));
        return font?.Covers(codepoint) == true ? font : null;
    }

    private static IReadOnlyList<SKTypeface> ListSystemTypefaces()
    {
        var manager = SKFontManager.Default;
        return manager.FontFamilies.Order(StringComparer.Ordinal).Select(manager.MatchFamily).OfType<SKTypeface>().ToList();
    }

    private static ShapingFont? Read(SKTypeface typeface)
    {
        using var stream = typeface.OpenStream(out var index);
        if (stream is null)
        {
            return null;
        }
        using var data = SKData.Create(stream);
        return data is null ? null : new ShapingFont(typeface.FamilyName, data.ToArray(), index);
    }

    private static ShapingFont Load(string file)
    {
        var name = $"Learning.Certificates.Fonts.{file}";
        using var stream = typeof(CertificateFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the font {name} is not embedded in {typeof(CertificateFonts).Assembly.GetName().Name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new ShapingFont(Path.GetFileNameWithoutExtension(file), copy.ToArray(), 0);
    }

    /// <summary>Spaces, digits, punctuation and symbols: any script's font may draw them.</summary>
    public static bool IsCommon(int codepoint) => CharUnicodeInfo.GetUnicodeCategory(codepoint) is
        UnicodeCategory.SpaceSeparator or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.OtherNumber
        or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
        or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
        or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;

    /// <summary>Combining marks and joiners belong with the character before them.</summary>
    public static bool IsAttached(int codepoint) => CharUnicodeInfo.GetUnicodeCategory(codepoint) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
        or UnicodeCategory.Format;
}
