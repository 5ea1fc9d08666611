using Learning.Courses.Editions;

namespace Learning.Courses.Authoring;

/// <summary>Adds, changes and removes the lessons of a unit.</summary>
public sealed class LessonAuthoring(EditionEdits edits)
{
    public async Task<Lesson> SaveAsync(Edition edition, Unit unit, Lesson? lesson, LessonInput input)
    {
        var added = lesson is null;
        lesson ??= await edits.AppendAsync(unit.Lessons, $"{unit.Id}-l", (id, n) => new Lesson { Id = id, UnitId = unit.Id, Order = n });
        Apply(lesson, input);
        await edits.SaveAsync(edition, added ? "course.lesson-added" : "course.lesson-updated", lesson.Id, lesson.Title);
        return lesson;
    }

    public Task DeleteAsync(Edition edition, Unit unit, Lesson lesson) =>
        edits.RemoveAsync(edition, unit.Lessons, lesson, "course.lesson-deleted", lesson.Id, lesson.Title);

    public static LessonInput InputOf(Lesson lesson) => new()
    {
        Title = lesson.Title, Body = lesson.Body, Required = lesson.Required, VideoUrl = lesson.VideoUrl, CaptionsUrl = lesson.CaptionsUrl,
        Resources = lesson.Resources.Select(r => new ResourceInput { Title = r.Title, Url = r.Url }).ToList(),
    };

    private static void Apply(Lesson lesson, LessonInput input)
    {
        lesson.Title = input.Title.Trim();
        lesson.Body = input.Body ?? "";
        lesson.Required = input.Required;
        lesson.VideoUrl = Address(input.VideoUrl);
        lesson.CaptionsUrl = Address(input.CaptionsUrl);
        lesson.Resources = input.Filled.Select(r => new LessonResource(r.Title!.Trim(), r.Url!.Trim())).ToList();
    }

    private static string? Address(string? url) => string.IsNullOrWhiteSpace(url) ? null : url.Trim();
}
