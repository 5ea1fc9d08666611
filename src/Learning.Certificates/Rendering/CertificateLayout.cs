using SkiaSharp;

namespace Learning.Certificates.Rendering;

/// <summary>
/// The page design: A4 landscape, the wording centred, the verification block at the bottom on
/// the side where lines start (left, or right in a right-to-left language).
/// </summary>
internal static class CertificateLayout
{
    public const float PageWidth = 842f;   // A4 landscape, in points
    public const float PageHeight = 595f;
    public const float QrSize = 80f;

    public static readonly SKColor Ink = new(0x10, 0x27, 0x3a);
    public static readonly SKColor Sea = new(0x0b, 0x5c, 0x8a);
    public static readonly SKColor Muted = new(0x4a, 0x62, 0x74);
    public static readonly SKColor Line = new(0x9f, 0xbd, 0xd1);

    private const float Margin = 100f;
    private const float QrInset = 62f;
    private const float QrTop = 458f;
    private const float ColumnGap = 14f;
    private const float ColumnWidth = 330f;

    public static IReadOnlyList<TextBlock> Blocks(CertificateDocument doc)
    {
        var rtl = doc.RightToLeft;
        var w = doc.Wording;
        return
        [
            Centered(w.Title, 30, Sea, 128, rtl),
            Centered(w.BeforeName, 14, Muted, 200, rtl),
            Centered(doc.HolderName, 36, Ink, 258, rtl) with { Underlined = true },
            Centered(w.AfterName, 14, Muted, 314, rtl),
            Centered(doc.CourseTitle, 22, Sea, 356, rtl),
            Centered(doc.TrackTitle, 14, Muted, 384, rtl),
            Centered(w.IssuedLine, 12, Muted, 428, rtl),
            InColumn(w.VerifyCaption, 9, Muted, QrTop + 20, rtl, rtl),
            // An address and a code read left to right in every language.
            InColumn(doc.VerifyUrl, 8.5f, Sea, QrTop + 37, rtl, false),
            InColumn(doc.Code, 14, Ink, QrTop + 62, rtl, false),
        ];
    }

    /// <summary>The square the QR code fills, quiet zone included.</summary>
    public static SKRect QrArea(bool rightToLeft)
    {
        var left = rightToLeft ? PageWidth - QrInset - QrSize : QrInset;
        return SKRect.Create(left, QrTop, QrSize, QrSize);
    }

    /// <summary>How far under its baseline a line's rule is drawn, and how wide the rule is at least.</summary>
    public const float RuleDrop = 16f;
    public const float MinRuleWidth = 340f;

    private static TextBlock Centered(string text, float size, SKColor color, float baseline, bool rtl) =>
        new(text, size, color, baseline, Margin, PageWidth - 2 * Margin, TextAlign.Center, rtl);

    private static TextBlock InColumn(string text, float size, SKColor color, float baseline, bool pageRtl, bool textRtl)
    {
        var qr = QrArea(pageRtl);
        var left = pageRtl ? qr.Left - ColumnGap - ColumnWidth : qr.Right + ColumnGap;
        return new(text, size, color, baseline, left, ColumnWidth, pageRtl ? TextAlign.Right : TextAlign.Left, textRtl);
    }
}
