using System.Text;
using Learning.Certificates.Rendering;

namespace Learning.Certificates.Tests.Rendering;

public class BidiRunsTests
{
    private static IEnumerable<(string Text, bool RightToLeft)> Visual(string text, bool rtl) =>
        BidiRuns.Split(text, rtl).Select(r => (r.Of(text), r.RightToLeft));

    [Fact]
    public void Latin_and_digits_inside_an_arabic_paragraph_keep_their_order_and_stand_left_of_what_follows()
    {
        // Read from the right: "Certificate ABC-123" first, then the Arabic name to its left.
        Assert.Equal([(" فاطمة", true), ("Certificate ABC-123", false)], Visual("Certificate ABC-123 فاطمة", rtl: true));
    }

    [Fact]
    public void The_same_text_in_a_left_to_right_paragraph_keeps_logical_order()
    {
        Assert.Equal([("Certificate ABC-123 ", false), ("فاطمة", true)], Visual("Certificate ABC-123 فاطمة", rtl: false));
    }

    [Fact]
    public void An_arabic_date_puts_its_numbers_in_visual_order()
    {
        Assert.Equal(
            [("2025", false), (" يونيو ", true), ("5", false), ("تاريخ الإصدار: الخميس، ", true)],
            Visual("تاريخ الإصدار: الخميس، 5 يونيو 2025", rtl: true));
    }

    [Fact]
    public void Brackets_between_arabic_words_are_right_to_left_and_get_mirrored_by_the_shaper()
    {
        Assert.Equal([("عبد الله (أبو محمد)", true)], Visual("عبد الله (أبو محمد)", rtl: true));
    }

    [Fact]
    public void Neutrals_at_the_edges_take_the_paragraph_direction()
    {
        Assert.Equal([(") ", true), ("ABC", false), ("(", true)], Visual("(ABC) ", rtl: true));
    }

    [Theory]
    [InlineData("Nguyễn Thị Hồng")]
    [InlineData("สมชาย ใจดี")]
    [InlineData("王小明")]
    public void Left_to_right_text_is_one_run(string text)
    {
        Assert.Equal([(text, false)], Visual(text, rtl: false));
        Assert.Equal([(text.Normalize(NormalizationForm.FormD), false)], Visual(text.Normalize(NormalizationForm.FormD), rtl: false));
    }

    [Fact]
    public void Combining_marks_stay_with_their_letter()
    {
        var text = "ABC تُ";
        Assert.Equal([("ABC ", false), ("تُ", true)], Visual(text, rtl: false));
    }

    [Theory]
    [InlineData("123 فاطمة", true)]
    [InlineData("(王小明)", false)]
    [InlineData("2025-06-05 (12%)", null)]
    [InlineData("", null)]
    // P2 skips what an isolate holds: the Latin inside RIGHT-TO-LEFT ISOLATE ... POP DIRECTIONAL ISOLATE does not count.
    [InlineData("\u2067abc\u2069 فاطمة", true)]
    public void The_first_strong_letter_outside_isolates_gives_the_direction(string text, bool? rightToLeft)
    {
        Assert.Equal(rightToLeft, BidiRuns.FirstStrongDirection(text));
    }

    [Fact]
    public void Empty_text_has_no_runs()
    {
        Assert.Empty(BidiRuns.Split("", rightToLeftParagraph: true));
    }
}
