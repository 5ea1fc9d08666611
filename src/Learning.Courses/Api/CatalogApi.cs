using System.Globalization;
using System.Security.Claims;
using Learning.Core.Data;
using Learning.Courses.Catalog;
using Learning.Courses.Enrolments;
using Learning.Courses.Progress;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Api;

/// <summary>The catalog and a learner's own progress as JSON, for apps and partners.</summary>
public static class CatalogApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/courses").WithTags("Courses");
        api.MapGet("/", ListAsync).AllowAnonymous().WithName("ListEditions")
            .WithSummary("Open and upcoming editions, optionally filtered by track, language and open/upcoming.");
        api.MapGet("/progress", ProgressAsync).RequireAuthorization().WithName("MyProgress")
            .WithSummary("The signed-in learner's enrolments and progress; never anyone else's.");
    }

    public sealed record EditionDto(string Id, string Course, string Track, string Culture, string Title, string Status, DateTime ReleaseAtUtc, string Url);

    public sealed record ProgressDto(string EditionId, string Title, string State, int LessonsPercent, int UnitsDone, int UnitsRequired, bool FinalPassed, bool Complete);

    private static async Task<Ok<List<EditionDto>>> ListAsync(CourseCatalog catalog, string? track, string? lang, string? when, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var entries = await catalog.ListAsync(track, lang, when is "open" or "upcoming" ? when : null, ct: ct);
        return TypedResults.Ok(entries.Select(e => new EditionDto(e.Edition.Id, e.Course.TitleIn(culture), e.Track.NameIn(culture), e.Edition.Culture,
            e.Edition.Title, e.Edition.Status.ToString(), e.Edition.ReleaseAtUtc, CourseAddresses.CourseEdition(culture, e.Course.Slug, e.Edition.Id))).ToList());
    }

    private static async Task<Ok<List<ProgressDto>>> ProgressAsync(ClaimsPrincipal user, LearningDbContext db, Studies studies, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var enrolments = await db.Set<Enrolment>().AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.Id).ToListAsync(ct);
        var result = new List<ProgressDto>();
        foreach (var enrolment in enrolments)
        {
            var study = await studies.OpenAsync(userId, enrolment.EditionId, ct);
            var progress = study?.Progress;
            result.Add(new ProgressDto(enrolment.EditionId, study?.Edition.Title ?? "", enrolment.State.ToString(),
                progress?.LessonsPercent ?? 0, progress?.UnitsDone ?? 0, progress?.UnitsRequired ?? 0, progress?.FinalPassed ?? false, progress?.Complete ?? false));
        }
        return TypedResults.Ok(result);
    }
}
