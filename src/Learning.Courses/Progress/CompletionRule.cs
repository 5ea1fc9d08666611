using Learning.Courses.Catalog;
using Learning.Courses.Editions;

namespace Learning.Courses.Progress;

/// <summary>
/// A track's rule. The unit that holds the final quiz (the final assignment) is not a block; every
/// other unit is, and counts when its required lessons are done and its quiz is passed. The learner
/// completes with enough blocks (all, or the track's number, e.g. any 4) and the final quiz at or
/// above the pass mark.
/// </summary>
public static class CompletionRule
{
    public static Progress Evaluate(Track track, Edition edition, IReadOnlySet<string> doneLessons, IReadOnlyDictionary<string, int> bestScores)
    {
        var units = edition.Units.OrderBy(u => u.Order).ToList();
        var finalQuiz = units.Select(u => u.Quiz).FirstOrDefault(q => q is { IsFinal: true });
        var blocks = units.Where(u => u.Quiz is not { IsFinal: true }).ToList();
        var unitsDone = blocks.Count(u => UnitDone(u, doneLessons, bestScores));
        var required = Math.Min(track.RequiredUnits ?? blocks.Count, blocks.Count);
        var finalPassed = finalQuiz is null || bestScores.GetValueOrDefault(finalQuiz.Id, -1) >= Math.Max(finalQuiz.PassMark, track.PassMark);
        var lessons = units.SelectMany(u => u.Lessons).ToList();
        var percent = lessons.Count == 0 ? 0 : (int)Math.Round(100.0 * lessons.Count(l => doneLessons.Contains(l.Id)) / lessons.Count);
        return new Progress(unitsDone, required, finalPassed, percent, unitsDone >= required && finalPassed);
    }

    public static bool UnitDone(Unit unit, IReadOnlySet<string> doneLessons, IReadOnlyDictionary<string, int> bestScores) =>
        unit.Lessons.Where(l => l.Required).All(l => doneLessons.Contains(l.Id)) &&
        (unit.Quiz is null || unit.Quiz.IsFinal || bestScores.GetValueOrDefault(unit.Quiz.Id, -1) >= unit.Quiz.PassMark);
}

public sealed record Progress(int UnitsDone, int UnitsRequired, bool FinalPassed, int LessonsPercent, bool Complete);
