using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Learning.Courses.Quizzes;

namespace Learning.Courses.Progress;

/// <summary>A learner's enrolment with the edition's content and what they have done so far.</summary>
public sealed record Study(
    Enrolment Enrolment, Edition Edition, Track Track, HashSet<string> Done, Dictionary<string, int> Best, Dictionary<string, int> Attempts)
{
    public IEnumerable<Unit> Units => Edition.Units.OrderBy(u => u.Order);

    public IEnumerable<Lesson> Lessons => Units.SelectMany(u => u.Lessons.OrderBy(l => l.Order));

    public Progress Progress => CompletionRule.Evaluate(Track, Edition, Done, Best);

    public Lesson? Lesson(string id) => Lessons.FirstOrDefault(l => l.Id == id);

    /// <summary>A unit opens at its own time or its week after the edition; the time decides, so a lost job never locks a learner out.</summary>
    public bool IsOpen(Unit unit, DateTime nowUtc) => !Releases.UnitRelease.Drips(unit) || nowUtc >= Releases.UnitRelease.OpensAtUtc(Edition, unit);

    public DateTime OpensAtUtc(Unit unit) => Releases.UnitRelease.OpensAtUtc(Edition, unit);

    public Unit UnitOf(Lesson lesson) => Units.First(u => u.Id == lesson.UnitId);

    public Quiz? Quiz(string id) => Units.Select(u => u.Quiz).OfType<Quiz>().FirstOrDefault(q => q.Id == id);

    /// <summary>Where the learner left off, or the first lesson not done yet.</summary>
    public Lesson? Resume =>
        (Enrolment.LastLessonId is { } last ? Lesson(last) : null) ?? Lessons.FirstOrDefault(l => !Done.Contains(l.Id)) ?? Lessons.FirstOrDefault();

    public (Lesson? Previous, Lesson? Next) Around(string lessonId)
    {
        var lessons = Lessons.ToList();
        var index = lessons.FindIndex(l => l.Id == lessonId);
        return (index > 0 ? lessons[index - 1] : null, index >= 0 && index + 1 < lessons.Count ? lessons[index + 1] : null);
    }
}
