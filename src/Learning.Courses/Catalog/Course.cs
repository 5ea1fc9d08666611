using Learning.Core.Caching;

namespace Learning.Courses.Catalog;

/// <summary>A course such as the MOOC on Marine Litter; its runs and tracks hang below it.</summary>
public class Course : IPublicContent
{
    public string Id { get; set; } = "";
    public string Slug { get; set; } = "";
    public Dictionary<string, string> Titles { get; set; } = [];

    public string TitleIn(string culture) => Titles.GetValueOrDefault(culture) ?? Titles.GetValueOrDefault("en") ?? Id;
}

/// <summary>
/// A way through a course for one audience, offered in its own languages, with its own completion
/// rule: every unit (RequiredUnits null) or any N units, plus the final quiz at the pass mark.
/// </summary>
public class Track : IPublicContent
{
    public string Id { get; set; } = "";
    public string CourseId { get; set; } = "";
    public Dictionary<string, string> Names { get; set; } = [];
    public List<string> Cultures { get; set; } = [];
    public int Hours { get; set; }
    public int Weeks { get; set; }
    public int? RequiredUnits { get; set; }
    public int PassMark { get; set; } = 60;

    public string NameIn(string culture) => Names.GetValueOrDefault(culture) ?? Names.GetValueOrDefault("en") ?? Id;
}

/// <summary>One offering of a course in time, e.g. the fourth run from 26 Oct 2020.</summary>
public class Run : IPublicContent
{
    public string Id { get; set; } = "";
    public string CourseId { get; set; } = "";
    public int Number { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
}
