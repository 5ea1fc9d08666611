using Learning.Core.Caching;

namespace Learning.TideTurners.Challenge;

/// <summary>A level of the challenge (Entry, Leader, Champion). What it asks and how it is passed is content from a recipe.</summary>
public class Level : IPublicContent
{
    public string Id { get; set; } = "";
    public int Order { get; set; }

    /// <summary>Title per language.</summary>
    public Dictionary<string, string> Titles { get; set; } = [];

    /// <summary>What the level is about, per language.</summary>
    public Dictionary<string, string> Summaries { get; set; } = [];

    /// <summary>0 means every activity must be done (a quiz passed by completing it); otherwise the share of the points needed.</summary>
    public int PassPercent { get; set; }

    public List<Activity> Activities { get; set; } = [];

    public string TitleIn(string culture) => Texts.In(Titles, culture);

    public string SummaryIn(string culture) => Texts.In(Summaries, culture);

    public int TotalPoints => Activities.Sum(a => a.Points);

    /// <summary>Whether the activities done meet the level's pass rule.</summary>
    public bool IsPassedBy(IReadOnlySet<string> doneActivityIds)
    {
        var done = Activities.Where(a => doneActivityIds.Contains(a.Id)).ToList();
        return PassPercent == 0
            ? Activities.Count > 0 && done.Count == Activities.Count
            : TotalPoints > 0 && done.Sum(a => a.Points) * 100 >= PassPercent * TotalPoints;
    }
}

public class Activity : IPublicContent
{
    public string Id { get; set; } = "";
    public string LevelId { get; set; } = "";
    public int Order { get; set; }
    public int Points { get; set; }
    public Dictionary<string, string> Titles { get; set; } = [];

    public string TitleIn(string culture) => Texts.In(Titles, culture);
}

/// <summary>Reads a text in the wanted language, else in English, else the first there is.</summary>
public static class Texts
{
    public static string In(IReadOnlyDictionary<string, string> texts, string culture) =>
        texts.TryGetValue(culture, out var text) ? text : texts.TryGetValue("en", out var en) ? en : texts.Values.FirstOrDefault() ?? "";
}
