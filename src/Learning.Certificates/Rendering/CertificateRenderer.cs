using SkiaSharp;

namespace Learning.Certificates.Rendering;

/// <summary>
/// Renders a certificate as a one-page PDF with every font subset and embedded. Holds no state
/// of its own (the fonts are shared and read-only), so one instance serves all threads.
/// </summary>
public sealed class CertificateRenderer
{
    private readonly TextShaper shaper = new(CertificateFonts.Shared);

    public byte[] Render(CertificateDocument document)
    {
        var blocks = CertificateLayout.Blocks(document);
        var lines = blocks.Select(b => shaper.Shape(b.Text, b.RightToLeft, document.Culture)).ToList();
        using var typefaces = new PdfTypefaces(lines);
        return Draw(document, blocks, lines, typefaces.ByFont);
    }

    private static byte[] Draw(CertificateDocument document, IReadOnlyList<TextBlock> blocks, List<ShapedLine> lines, IReadOnlyDictionary<ShapingFont, SKTypeface> typefaces)
    {
        using var stream = new MemoryStream();
        using (var pdf = SKDocument.CreatePdf(stream, Metadata(document)))
        {
            var canvas = pdf.BeginPage(CertificateLayout.PageWidth, CertificateLayout.PageHeight);
            CertificateFrame.Draw(canvas);
            for (var i = 0; i < blocks.Count; i++)
            {
                var width = GlyphPainter.Draw(canvas, lines[i], blocks[i], typefaces);
                if (blocks[i].Underlined)
                {
                    CertificateFrame.DrawRule(canvas, blocks[i], width);
                }
            }
            QrCodeDrawing.Draw(canvas, document.VerifyUrl, CertificateLayout.QrArea(document.RightToLeft), CertificateLayout.Ink);
            pdf.EndPage();
            pdf.Close();
        }
        return stream.ToArray();
    }

    // No creation date: the same certificate renders to the same bytes.
    private static SKDocumentPdfMetadata Metadata(CertificateDocument document) => new()
    {
        Title = $"{document.Wording.Title}: {document.HolderName}",
        Subject = document.CourseTitle,
        Creator = "Marine Litter Learning",
        Producer = "Marine Litter Learning",
        RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
        EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
    };
}
