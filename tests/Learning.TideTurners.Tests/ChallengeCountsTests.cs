using Learning.TideTurners.Counts;

namespace Learning.TideTurners.Tests;

public class ChallengeCountsTests
{
    private static readonly CountCell[] Cells =
    [
        new("KE", "scouts", 10, new Dictionary<string, int> { ["entry"] = 4, ["leader"] = 1 }),
        new("KE", "guides", 30, new Dictionary<string, int> { ["entry"] = 12 }),
        new("TH", "scouts", 30, new Dictionary<string, int> { ["entry"] = 5, ["leader"] = 2 }),
    ];

    [Fact]
    public void A_sum_adds_participants_and_each_levels_completions()
    {
        var total = ChallengeCounts.Sum("all", Cells);

        Assert.Equal(70, total.Participants);
        Assert.Equal(21, total.CompletionsOf("entry"));
        Assert.Equal(3, total.CompletionsOf("leader"));
        Assert.Equal(0, total.CompletionsOf("champion"));
    }

    [Fact]
    public void Lines_by_country_come_largest_first_then_by_name()
    {
        var lines = ChallengeCounts.By(Cells, c => c.Country);

        Assert.Equal([("KE", 40), ("TH", 30)], lines.Select(l => (l.Name, l.Participants)));
        Assert.Equal(16, lines[0].CompletionsOf("entry"));
    }

    [Fact]
    public void Lines_of_equal_size_are_ordered_by_name()
    {
        var lines = ChallengeCounts.By(Cells.Skip(1), c => c.OrganisationId);

        Assert.Equal(["guides", "scouts"], lines.Select(l => l.Name));
    }
}
