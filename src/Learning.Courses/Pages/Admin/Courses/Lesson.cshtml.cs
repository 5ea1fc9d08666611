using Learning.Core.Content;
using Learning.Core.Cultures;
using Learning.Courses.Authoring;
using Learning.Courses.Editions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>A lesson: its Markdown text with a preview as learners will see it (sanitised), its video, captions and resources.</summary>
public sealed class LessonModel(EditionEdits edits, LessonAuthoring lessons, LessonChecks checks, MarkdownRenderer markdown, PoStringLocalizer t) : AuthoringPage
{
    [BindProperty]
    public LessonInput Input { get; set; } = new();

    public Edition Edition { get; private set; } = null!;

    public Unit Unit { get; private set; } = null!;

    public Lesson? Lesson { get; private set; }

    public IHtmlContent? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(string unitId, string? lessonId)
    {
        if (!await LoadAsync(unitId, lessonId))
        {
            return NotFound();
        }
        Input = Lesson is null ? new LessonInput() : LessonAuthoring.InputOf(Lesson);
        Input.Resources.AddRange(Enumerable.Range(0, LessonInput.SpareResources).Select(_ => new ResourceInput()));
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string unitId, string? lessonId)
    {
        if (!await LoadAsync(unitId, lessonId))
        {
            return NotFound();
        }
        // A preview saves nothing, so it judges nothing either.
        ModelState.Clear();
        Preview = new HtmlString(markdown.ToHtml(Input.Body ?? ""));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string unitId, string? lessonId)
    {
        if (!await LoadAsync(unitId, lessonId))
        {
            return NotFound();
        }
        checks.Check(Input, ModelState);
        if (!ModelState.IsValid)
        {
            return Invalid();
        }
        await lessons.SaveAsync(Edition, Unit, Lesson, Input);
        return Done(t["The lesson was saved."], AuthoringPaths.Unit(Edition.Id, Unit.Id));
    }

    private async Task<bool> LoadAsync(string unitId, string? lessonId)
    {
        if (await edits.OfUnitAsync(unitId, Aborted) is not { } edition)
        {
            return false;
        }
        (Edition, Unit) = (edition, edition.UnitOf(unitId)!);
        Lesson = Unit.Lessons.FirstOrDefault(l => l.Id == lessonId);
        return lessonId is null || Lesson is not null;
    }
}
