using Learning.Courses.Editions;

namespace Learning.Courses.Tests;

public class TranslationStatusTests
{
    [Fact]
    public void A_complete_translation_has_no_gaps()
    {
        Assert.Empty(TranslationStatus.Compare(Sample.Edition(), Sample.Edition()));
    }

    [Fact]
    public void Missing_units_empty_lessons_and_missing_feedback_are_named()
    {
        var translation = Sample.Edition(5);
        translation.Units[1].Lessons[0].Body = " ";
        translation.Units[2].Quiz!.Questions[0].Options[1].Feedback = "";

        var gaps = TranslationStatus.Compare(translation, Sample.Edition()).ToList();

        Assert.Equal(["Unit 2, lesson 1 has no text.", "Unit 3, quiz question 1 lacks options or feedback.", "Unit 6 is missing."], gaps);
    }
}
