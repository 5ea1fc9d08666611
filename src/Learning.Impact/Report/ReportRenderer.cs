using static Learning.Core.Cultures.UiText;
using Learning.Certificates.Rendering;
using SkiaSharp;

namespace Learning.Impact.Report;

/// <summary>
/// Renders a progress report as an A4 PDF with the certificates' shaping and fonts, so Arabic,
/// Thai and Chinese come out as they do on certificates. Stateless: one instance serves all threads.
/// </summary>
public sealed class ReportRenderer
{
    private readonly PdfTextWriter writer = new();

    public byte[] Render(ReportContent content)
    {
        var pages = new ReportPages(writer, content.Language);
        new ReportComposer(pages, content.Language).Compose(content);
        using var fonts = new PdfTypefaces(pages.Shaped);
        using var stream = new MemoryStream();
        using (var pdf = SKDocument.CreatePdf(stream, Metadata(content)))
        {
            foreach (var marks in pages.All)
            {
                var canvas = pdf.BeginPage(ReportPages.PageWidth, ReportPages.PageHeight);
                foreach (var mark in marks)
                {
                    mark.Draw(canvas, fonts);
                }
                pdf.EndPage();
            }
            pdf.Close();
        }
        return stream.ToArray();
    }

    // No creation date: the same figures render to the same bytes.
    private static SKDocumentPdfMetadata Metadata(ReportContent content) => new()
    {
        Title = $"{content.Language.Text(Msgid("Progress report"))} {content.From:yyyy-MM-dd} – {content.To:yyyy-MM-dd}",
        Creator = "Marine Litter Learning",
        Producer = "Marine Litter Learning",
        RasterDpi = SKDocumentPdfMetadata.DefaultRasterDpi,
        EncodingQuality = SKDocumentPdfMetadata.DefaultEncodingQuality,
    };
}
