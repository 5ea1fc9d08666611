namespace Learning.Training.Sessions;

/// <summary>
/// A live session of a cohort at a local time in a time zone, online or at a venue. Every change
/// raises <see cref="Sequence"/>, so calendars replace the event that has the same <see cref="Uid"/>.
/// </summary>
public class LiveSession
{
    public long Id { get; set; }
    public string CohortId { get; set; } = "";
    public Guid Uid { get; set; }
    public string Title { get; set; } = "";
    public DateTime StartsLocal { get; set; }
    public DateTime EndsLocal { get; set; }
    public string TimeZone { get; set; } = "UTC";
    public DateTime StartsUtc { get; set; }
    public DateTime EndsUtc { get; set; }
    public string? OnlineLink { get; set; }
    public string? Venue { get; set; }
    public string? Materials { get; set; }
    public int Sequence { get; set; }
    public bool Cancelled { get; set; }
}

public enum AttendanceMark
{
    Present,
    Late,
    Absent,
}

/// <summary>What a trainer recorded for one participant at one session.</summary>
public class Attendance
{
    public long SessionId { get; set; }
    public string UserId { get; set; } = "";
    public AttendanceMark Mark { get; set; }
    public DateTime RecordedUtc { get; set; }
}

/// <summary>Sessions as a page lists them, and whether the reader may have their join links.</summary>
public sealed record SessionList(IReadOnlyList<LiveSession> Sessions, bool MayJoin);
