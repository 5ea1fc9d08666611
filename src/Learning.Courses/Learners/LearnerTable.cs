using Learning.Core.Cultures;
using Learning.Core.Tables;
using Learning.Courses.Enrolments;
using static Learning.Core.Cultures.UiText;

namespace Learning.Courses.Learners;

/// <summary>The columns of the learners download, in the reader's language: one row per learner, two columns per quiz.</summary>
public sealed class LearnerTable(EditionOutline outline, PoStringLocalizer t)
{
    public static string StateName(EnrolmentState state) => state switch
    {
        EnrolmentState.Waitlisted => Msgid("Waitlisted"),
        EnrolmentState.Completed => Msgid("Completed the course"),
        _ => Msgid("Enrolled"),
    };

    public IReadOnlyList<string> Header =>
    [
        t["Name"], t["E-mail"], t["Enrolment state"], t["Enrolled on"], t["Lessons done"], t["Lessons"], t["Progress (%)"],
        .. outline.Quizzes.SelectMany(q => new[] { t["{0}: best score", q.Title].Value, t["{0}: attempts", q.Title].Value }),
        t["Last activity"], t["Completed on"], t["Certificate code"],
    ];

    public IReadOnlyList<Cell> Row(LearnerRow row)
    {
        var f = row.Facts;
        return
        [
            f.Name, f.Email, t[StateName(f.State)].Value, Utc(f.EnrolledUtc), f.LessonsDone, outline.LessonIds.Count, row.Percent(outline.LessonIds.Count),
            .. outline.Quizzes.SelectMany(q => new[] { (Cell)row.Quiz(q.Id)?.Best, row.Quiz(q.Id)?.Attempts ?? 0 }),
            row.LastActivityUtc is { } last ? last : Cell.Empty,
            f.CompletedUtc is { } completed ? Utc(completed) : Cell.Empty,
            row.CertificateCode,
        ];
    }

    private static Cell Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);
}
