using Learning.Certificates.Rendering;
namespace Learning.Certificates.Tests;
public class TmpTests
{
    [Fact]
    public void Rare()
    {
        var bytes = new CertificateRenderer().Render(Samples.Document("zh-Hans", "朱镕基"));
        File.WriteAllBytes("/tmp/rare.pdf", bytes);
        using var pdf = new RenderedPdf(bytes);
        File.WriteAllText("/tmp/rare.txt", $"{bytes.Length} notdef={pdf.NotdefGlyphs()} unemb={string.Join(",", pdf.UnembeddedFonts())} nonid={string.Join(",", pdf.FontsNotIdentityEncoded())} text={pdf.LogicalText()}");
    }
}
