using Learning.Core.Caching;
using Learning.Courses.Quizzes;

namespace Learning.Courses.Editions;

public enum EditionStatus
{
    Draft,
    Translated,
    Scheduled,
    Released,
    Archived,
}

/// <summary>
/// One language version of a run's track. It is released at a local time in its own time zone;
/// the UTC instant is derived, and <see cref="ScheduleVersion"/> changes whenever the schedule does,
/// so a job planned for an old time recognises itself as stale.
/// </summary>
public class Edition : IPublicContent
{
    public string Id { get; set; } = "";
    public string CourseId { get; set; } = "";
    public string RunId { get; set; } = "";
    public string TrackId { get; set; } = "";
    public string Culture { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public EditionStatus Status { get; set; }
    public DateTime ReleaseAtLocal { get; set; }
    public string TimeZone { get; set; } = "UTC";
    public DateTime ReleaseAtUtc { get; set; }
    public int ScheduleVersion { get; set; }
    public DateTime? ReleasedUtc { get; set; }

    /// <summary>Why the last release attempt did not publish the edition, for its editors; empty when none.</summary>
    public string ReleaseProblem { get; set; } = "";

    /// <summary>The hash of the units as last imported, so importing the same content again rewrites nothing.</summary>
    public string ContentHash { get; set; } = "";
    public List<Unit> Units { get; set; } = [];

    /// <summary>All language editions of one run are translations of each other.</summary>
    public string LocalizationSet => RunId;

    public bool IsOpen => Status == EditionStatus.Released;
}

/// <summary>A part numbered among its siblings: units in an edition, lessons in a unit, questions in a quiz.</summary>
public interface IOrdered
{
    int Order { get; set; }
}

public class Unit : IOrdered, IPublicContent
{
    public string Id { get; set; } = "";
    public string EditionId { get; set; } = "";
    public int Order { get; set; }
    public string Title { get; set; } = "";
    public int ReleaseWeek { get; set; }

    /// <summary>
    /// A release time chosen for this unit alone, in its edition's time zone, instead of its week
    /// of the weekly drip; null when the unit follows the drip.
    /// </summary>
    public DateTime? ReleaseAtLocal { get; set; }

    public DateTime? ReleasedUtc { get; set; }
    public List<Lesson> Lessons { get; set; } = [];
    public Quiz? Quiz { get; set; }
}

public class Lesson : IOrdered, IPublicContent
{
    public string Id { get; set; } = "";
    public string UnitId { get; set; } = "";
    public int Order { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string? VideoUrl { get; set; }
    public string? CaptionsUrl { get; set; }
    public List<LessonResource> Resources { get; set; } = [];
    public bool Required { get; set; } = true;
}

public sealed record LessonResource(string Title, string Url);
