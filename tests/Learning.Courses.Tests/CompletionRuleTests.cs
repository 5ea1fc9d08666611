using Learning.Courses.Progress;

namespace Learning.Courses.Tests;

public class CompletionRuleTests
{
    private static HashSet<string> Lessons(params int[] units) => units.Select(n => $"l{n}").ToHashSet();

    private static Dictionary<string, int> Scores(params (int Unit, int Score)[] scores) => scores.ToDictionary(s => $"q{s.Unit}", s => s.Score);

    [Fact]
    public void Expert_track_completes_with_any_four_blocks_and_the_final_assignment()
    {
        var progress = CompletionRule.Evaluate(Sample.Expert, Sample.Edition(), Lessons(1, 3, 4, 5), Scores((1, 50), (3, 100), (4, 50), (5, 100), (6, 60)));

        Assert.Equal(4, progress.UnitsDone);
        Assert.True(progress.FinalPassed);
        Assert.True(progress.Complete);
    }

    [Fact]
    public void Three_blocks_are_not_enough()
    {
        var progress = CompletionRule.Evaluate(Sample.Expert, Sample.Edition(), Lessons(1, 2, 6), Scores((1, 100), (2, 100), (6, 100)));

        Assert.False(progress.Complete);
    }

    [Fact]
    public void The_final_assignment_below_the_pass_mark_blocks_completion()
    {
        var progress = CompletionRule.Evaluate(Sample.Expert, Sample.Edition(), Lessons(1, 2, 3, 4, 5, 6), Scores((1, 100), (2, 100), (3, 100), (4, 100), (5, 100), (6, 50)));

        Assert.False(progress.FinalPassed);
        Assert.False(progress.Complete);
    }

    [Fact]
    public void A_block_counts_only_when_its_quiz_is_passed()
    {
        var progress = CompletionRule.Evaluate(Sample.Expert, Sample.Edition(), Lessons(1, 2, 3, 4, 6), Scores((1, 100), (2, 100), (3, 100), (4, 0), (6, 100)));

        Assert.Equal(3, progress.UnitsDone);
        Assert.False(progress.Complete);
    }

    [Fact]
    public void Leadership_track_needs_every_unit()
    {
        var edition = Sample.Edition(3);

        Assert.False(CompletionRule.Evaluate(Sample.Leadership, edition, Lessons(1, 3), Scores((1, 100), (3, 100))).Complete);
        Assert.False(CompletionRule.Evaluate(Sample.Leadership, edition, Lessons(1, 2), Scores((1, 100), (2, 100), (3, 40))).Complete);
        Assert.True(CompletionRule.Evaluate(Sample.Leadership, edition, Lessons(1, 2, 3), Scores((1, 100), (2, 100), (3, 100))).Complete);
    }

    [Fact]
    public void Lesson_progress_is_a_percentage_of_the_lessons()
    {
        Assert.Equal(50, CompletionRule.Evaluate(Sample.Expert, Sample.Edition(), Lessons(1, 2, 3), Scores()).LessonsPercent);
    }
}
