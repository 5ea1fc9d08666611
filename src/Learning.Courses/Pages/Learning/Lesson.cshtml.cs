using Learning.Core.Content;
using Learning.Core.Cultures;
using Learning.Courses.Editions;
using Learning.Courses.Progress;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Courses.Pages.Learning;

public sealed class LessonModel(Studies studies, CultureCatalog cultures, MarkdownRenderer markdown, TimeProvider clock) : StudyPageModel(studies, cultures)
{
    public Lesson Lesson { get; private set; } = null!;

    public Unit Unit => Study.Units.First(u => u.Lessons.Any(l => l.Id == Lesson.Id));

    public bool Locked => Response.StatusCode == StatusCodes.Status403Forbidden;

    public IHtmlContent Body => new HtmlString(markdown.ToHtml(Lesson.Body));

    public async Task<IActionResult> OnGetAsync(string editionId, string lessonId)
    {
        if (!await OpenAsync(editionId) || Study.Lesson(lessonId) is not { } lesson)
        {
            return NotFound();
        }
        Lesson = lesson;
        if (!Study.IsOpen(Study.UnitOf(lesson), clock.GetUtcNow().UtcDateTime))
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        await Studies.VisitAsync(Study, lessonId, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostDoneAsync(string editionId, string lessonId)
    {
        if (!await OpenAsync(editionId) || Study.Lesson(lessonId) is not { } lesson)
        {
            return NotFound();
        }
        if (!Study.IsOpen(Study.UnitOf(lesson), clock.GetUtcNow().UtcDateTime))
        {
            return Forbid();
        }
        await Studies.MarkDoneAsync(Study, lessonId, HttpContext.RequestAborted);
        var next = Study.Around(lessonId).Next;
        var unit = Study.Units.First(u => u.Lessons.Any(l => l.Id == lessonId));
        var target = next is not null && next.UnitId == unit.Id || unit.Quiz is null
            ? next is null ? CourseAddresses.MyLearning(Study.Edition.Culture) : CourseAddresses.Lesson(Study.Edition.Culture, editionId, next.Id)
            : CourseAddresses.Quiz(Study.Edition.Culture, editionId, unit.Quiz.Id);
        return LocalRedirect(target);
    }
}
