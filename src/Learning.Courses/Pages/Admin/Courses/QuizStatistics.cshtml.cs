using Learning.Courses.Learners;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>How an edition's learners answered: per quiz its attempts, per question the share right and the share choosing each option.</summary>
public sealed class QuizStatisticsModel(EditionLearners learners, QuizStatistics statistics) : AuthoringPage
{
    public EditionOutline Outline { get; private set; } = null!;

    public IReadOnlyList<QuizFigures> Quizzes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string editionId)
    {
        if (await learners.OutlineAsync(editionId, Aborted) is not { } outline)
        {
            return NotFound();
        }
        Outline = outline;
        Quizzes = await statistics.OfAsync(outline, Aborted);
        return Page();
    }
}
