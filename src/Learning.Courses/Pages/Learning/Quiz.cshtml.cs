using Learning.Core.Cultures;
using Learning.Courses.Enrolments;
using Learning.Courses.Progress;
using Learning.Courses.Quizzes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Courses.Pages.Learning;

public sealed class QuizModel(Studies studies, CultureCatalog cultures, PoStringLocalizer t) : StudyPageModel(studies, cultures)
{
    public Quiz Quiz { get; private set; } = null!;

    public QuizAttempt? Attempt { get; private set; }

    public IReadOnlyDictionary<string, IReadOnlySet<int>> Answers { get; private set; } = new Dictionary<string, IReadOnlySet<int>>();

    public string? Problem { get; private set; }

    public int AttemptsLeft => Quiz.MaxAttempts - Study.Attempts.GetValueOrDefault(Quiz.Id);

    public async Task<IActionResult> OnGetAsync(string editionId, string quizId) =>
        await LoadAsync(editionId, quizId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string editionId, string quizId)
    {
        if (!await LoadAsync(editionId, quizId))
        {
            return NotFound();
        }
        Answers = ReadAnswers();
        if (Quiz.Questions.Any(q => !Answers.ContainsKey(q.Id)))
        {
            Problem = t["Answer every question before you submit."];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Attempt = await Studies.SubmitAsync(Study, Quiz, Answers, HttpContext.RequestAborted);
        if (Attempt is null)
        {
            Problem = t["You have used all your attempts at this quiz."];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    private async Task<bool> LoadAsync(string editionId, string quizId)
    {
        if (!await OpenAsync(editionId) || Study.Quiz(quizId) is not { } quiz)
        {
            return false;
        }
        Quiz = quiz;
        return true;
    }

    /// <summary>Reads "q-{question}" fields; values that are not an option of that question are dropped.</summary>
    private Dictionary<string, IReadOnlySet<int>> ReadAnswers()
    {
        var answers = new Dictionary<string, IReadOnlySet<int>>();
        foreach (var question in Quiz.Questions)
        {
            var chosen = Request.Form[$"q-{question.Id}"].Select(v => int.TryParse(v, out var n) ? n : -1)
                .Where(n => question.Options.Any(o => o.Order == n)).ToHashSet();
            if (chosen.Count > 0 && (question.Kind == QuestionKind.Multiple || chosen.Count == 1))
            {
                answers[question.Id] = chosen;
            }
        }
        return answers;
    }
}
