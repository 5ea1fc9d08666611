using Learning.Courses.Enrolments;

namespace Learning.Courses.Learners;

/// <summary>The list's filters as conditions the database evaluates, before any paging.</summary>
internal static class LearnerQuery
{
    public static IQueryable<LearnerFacts> Filtered(IQueryable<LearnerFacts> learners, LearnerFilter filter, int lessons, DateTime nowUtc)
    {
        if (filter.Search is { } search)
        {
            var upper = search.ToUpperInvariant();
            var lower = search.ToLowerInvariant();
            learners = learners.Where(f => f.NormalizedEmail!.Contains(upper) || f.Name.ToLower().Contains(lower));
        }
        if (filter.State is { } state)
        {
            learners = learners.Where(f => f.State == state);
        }
        if (filter.Band is { } band)
        {
            var (least, below) = band.LessonsDone(lessons);
            learners = learners.Where(f => f.LessonsDone >= least && f.LessonsDone < below);
        }
        return filter.Activity switch
        {
            LearnerActivity.NotStarted => learners.Where(f => f.StartedUtc == null && f.LastLessonUtc == null && f.LastAttemptUtc == null),
            LearnerActivity.Stalled => Stalled(learners, nowUtc.AddDays(-LearnerFilter.StalledDays)),
            _ => learners,
        };
    }

    /// <summary>Still enrolled, and nothing done since the cut-off: a learner who never started counts from enrolling.</summary>
    private static IQueryable<LearnerFacts> Stalled(IQueryable<LearnerFacts> learners, DateTime cutoff) =>
        learners.Where(f => f.State == EnrolmentState.Enrolled
            && (f.StartedUtc ?? f.EnrolledUtc) <= cutoff
            && (f.LastLessonUtc == null || f.LastLessonUtc <= cutoff)
            && (f.LastAttemptUtc == null || f.LastAttemptUtc <= cutoff));
}
