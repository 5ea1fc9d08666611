using Learning.Certificates.Rendering;

namespace Learning.Certificates.Tests.Rendering;

public class FontRunsTests
{
    private static List<(string Text, string Font)> Runs(string text, bool rtl = false) =>
        BidiRuns.Split(text, rtl)
            .SelectMany(r => FontRuns.Split(text, r, CertificateFonts.Shared))
            .Select(r => (text.Substring(r.Start, r.Length), r.Font?.Name ?? "none"))
            .ToList();

    [Fact]
    public void Each_script_takes_its_own_font()
    {
        Assert.Equal(
            [("Hello ", "NotoSans-Regular"), ("王小明 ", "NotoSansSC-Regular-GB2312"), ("สมชาย", "NotoSansThai-Regular")],
            Runs("Hello 王小明 สมชาย"));
    }

    [Fact]
    public void Digits_take_the_font_of_the_chinese_around_them()
    {
        Assert.Equal([("2025年6月5日", "NotoSansSC-Regular-GB2312")], Runs("2025年6月5日"));
    }

    [Fact]
    public void Runs_of_an_arabic_line_come_in_visual_order()
    {
        Assert.Equal([("2024", "NotoSans-Regular"), ("فاطمة ", "NotoNaskhArabic-Regular")], Runs("فاطمة 2024", rtl: true));
    }

    [Fact]
    public void Every_character_of_the_ten_languages_samples_has_a_shipped_font()
    {
        foreach (var culture in Samples.Cultures)
        {
            var document = Samples.Document(culture);
            foreach (var text in new[] { document.HolderName, document.CourseTitle, document.TrackTitle, document.Wording.Title, document.Wording.IssuedLine })
            {
                Assert.All(Runs(text, document.RightToLeft), r => Assert.NotEqual("none", r.Font));
            }
        }
    }
}
