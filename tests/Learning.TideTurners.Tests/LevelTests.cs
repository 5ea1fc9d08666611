using Learning.TideTurners.Challenge;

namespace Learning.TideTurners.Tests;

public class LevelTests
{
    private static Level Level(int passPercent, params int[] points) => new()
    {
        Id = "entry",
        PassPercent = passPercent,
        Activities = points.Select((p, i) => new Activity { Id = $"a{i + 1}", Points = p }).ToList(),
    };

    [Fact]
    public void A_level_without_a_pass_mark_needs_every_activity()
    {
        var level = Level(0, 10, 10, 10);

        Assert.False(level.IsPassedBy(new HashSet<string> { "a1", "a2" }));
        Assert.True(level.IsPassedBy(new HashSet<string> { "a1", "a2", "a3" }));
    }

    [Fact]
    public void A_level_without_activities_is_never_passed()
    {
        Assert.False(Level(0).IsPassedBy(new HashSet<string>()));
        Assert.False(Level(50).IsPassedBy(new HashSet<string>()));
    }

    [Theory]
    [InlineData(new[] { "a1" }, false)]
    [InlineData(new[] { "a3" }, true)]
    [InlineData(new[] { "a1", "a2" }, true)]
    [InlineData(new[] { "a1", "unknown" }, false)]
    public void A_pass_mark_is_a_share_of_the_points_reached_exactly_or_more(string[] done, bool passed)
    {
        // Half of 60 points is 30: a1 + a2 reach it exactly, and so does a3 alone.
        var level = Level(50, 10, 20, 30);

        Assert.Equal(passed, level.IsPassedBy(done.ToHashSet()));
    }

    [Fact]
    public void A_title_falls_back_to_english_then_to_any_language()
    {
        var level = new Level { Titles = new() { ["fr"] = "Entrée", ["en"] = "Entry" } };

        Assert.Equal("Entrée", level.TitleIn("fr"));
        Assert.Equal("Entry", level.TitleIn("th"));
        Assert.Equal("Entrée", new Level { Titles = new() { ["fr"] = "Entrée" } }.TitleIn("th"));
        Assert.Equal("", new Level().TitleIn("th"));
    }
}
