using Learning.Core;
using Learning.Courses.Enrolments;
using static Learning.Core.Cultures.UiText;

namespace Learning.Courses.Learners;

/// <summary>How recently a learner worked, as the learners list filters it.</summary>
public enum LearnerActivity
{
    /// <summary>No lesson opened or done and no quiz tried.</summary>
    NotStarted,

    /// <summary>Enrolled, not completed, and nothing done for <see cref="LearnerFilter.StalledDays"/> days or more.</summary>
    Stalled,
}

/// <summary>
/// The filters of an edition's learners, read from a query string. A value nobody offered is a problem
/// (a msgid), never a guess and never a server error.
/// </summary>
public sealed record LearnerFilter(string? Search, EnrolmentState? State, ProgressBand? Band, LearnerActivity? Activity)
{
    public const int StalledDays = 14;

    public static readonly LearnerFilter None = new(null, null, null, null);

    public static (LearnerFilter Filter, List<string> Problems) Parse(string? q, string? state, string? band, string? activity)
    {
        var problems = new List<string>();
        var parsedState = Choice<EnrolmentState>(state, problems, Msgid("Choose a state from the list."));
        var parsedActivity = Choice<LearnerActivity>(activity, problems, Msgid("Choose an activity from the list."));
        ProgressBand? parsedBand = null;
        if (!string.IsNullOrEmpty(band) && (parsedBand = ProgressBand.Named(band)) is null)
        {
            problems.Add(Msgid("Choose a progress band from the list."));
        }
        var search = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        return (new LearnerFilter(search, parsedState, parsedBand, parsedActivity), problems);
    }

    private static TEnum? Choice<TEnum>(string? name, List<string> problems, string problem) where TEnum : struct, Enum
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }
        if (EnumNames.TryParse<TEnum>(name, out var value, ignoreCase: true))
        {
            return value;
        }
        problems.Add(problem);
        return null;
    }
}

/// <summary>A quarter of an edition's lessons done: from its lower share included to its upper share excluded, the last one up to 100 % included.</summary>
public sealed record ProgressBand(string Name, int FromPercent, int ToPercent)
{
    public static readonly IReadOnlyList<ProgressBand> All = [new("0-25", 0, 25), new("25-50", 25, 50), new("50-75", 50, 75), new("75-100", 75, 100)];

    public static ProgressBand? Named(string name) => All.FirstOrDefault(b => b.Name == name);

    /// <summary>The numbers of lessons done that fall in the band, for an edition of this many lessons: at least, and fewer than.</summary>
    public (int Least, int Below) LessonsDone(int lessons)
    {
        if (lessons == 0)
        {
            // Nothing to do counts as nothing done: 0 %.
            return FromPercent == 0 ? (0, 1) : (1, 0);
        }
        var below = ToPercent == 100 ? lessons + 1 : Ceiling(ToPercent * lessons);
        return (Ceiling(FromPercent * lessons), below);
    }

    private static int Ceiling(int percentTimesLessons) => (percentTimesLessons + 99) / 100;
}
