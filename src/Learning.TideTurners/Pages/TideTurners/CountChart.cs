using Learning.TideTurners.Challenge;
using Learning.TideTurners.Counts;

namespace Learning.TideTurners.Pages.TideTurners;

/// <summary>One bar chart of the counts page: a bar per line for its participants, and one per level for its completions.</summary>
public sealed record CountChart(string Title, IReadOnlyList<CountLine> Lines, IReadOnlyList<Level> Levels)
{
    public int Largest => Math.Max(1, Lines.Count == 0 ? 0 : Lines.Max(l => l.Participants));

    public double Percent(int value) => Math.Round(100.0 * value / Largest, 1);
}
