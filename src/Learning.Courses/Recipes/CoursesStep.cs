using System.Text.Json;
using System.Text.Json.Nodes;
using Learning.Core.Data;
using Learning.Core.Recipes;
using Learning.Courses.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Recipes;

/// <summary>Recipe step "Courses": a course with its tracks (languages, completion rule) and runs.</summary>
public sealed class CoursesStep(LearningDbContext db) : IRecipeStep
{
    public string Name => "Courses";

    public int ExportOrder => 100;

    /// <summary>Announces each track's languages, so editions in the same recipe can be checked against them.</summary>
    public void Declare(JsonObject step, RecipeValidation validation)
    {
        foreach (var track in (step["data"] as JsonArray ?? []).OfType<JsonObject>().SelectMany(c => (c["tracks"] as JsonArray ?? []).OfType<JsonObject>()))
        {
            if (track["id"] is JsonValue id && id.TryGetValue<string>(out var trackId))
            {
                validation.Declared("track").Add(trackId);
                foreach (var culture in (track["cultures"] as JsonArray ?? []).OfType<JsonValue>())
                {
                    validation.Declared("track-culture").Add($"{trackId}|{culture}");
                }
            }
        }
    }

    public void Validate(JsonObject step, string path, RecipeValidation validation)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        validation.ForEachItem(step, path, (item, itemPath) =>
        {
            validation.Unique(ids, validation.String(item, itemPath, "id", maxLength: 100), $"{itemPath}.id");
            RecipeFields.Slug(validation, item, itemPath, "slug");
            RecipeFields.Texts(validation, item, itemPath, "titles");
            RecipeFields.Array(validation, item, itemPath, "tracks", (track, trackPath) => ValidateTrack(validation, track, trackPath));
            RecipeFields.Array(validation, item, itemPath, "runs", (run, runPath) => ValidateRun(validation, run, runPath));
            validation.Shape<CourseData>(item, itemPath, RecipeFields.Json);
        });
    }

    private static void ValidateTrack(RecipeValidation validation, JsonObject track, string path)
    {
        validation.String(track, path, "id", maxLength: 100);
        RecipeFields.Texts(validation, track, path, "names");
        RecipeFields.Cultures(validation, track, path, "cultures");
        validation.Integer(track, path, "hours");
        validation.Integer(track, path, "weeks");
        validation.Integer(track, path, "requiredUnits");
        RecipeFields.Percent(validation, track, path, "passMark");
    }

    private static void ValidateRun(RecipeValidation validation, JsonObject run, string path)
    {
        validation.String(run, path, "id", maxLength: 100);
        validation.Integer(run, path, "number");
        RecipeFields.Date(validation, run, path, "startsOn");
        RecipeFields.Date(validation, run, path, "endsOn");
    }

    public async Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct)
    {
        foreach (var item in step["data"]!.AsArray().Cast<JsonObject>())
        {
            var data = item.Deserialize<CourseData>(RecipeFields.Json)!;
            var course = await db.Set<Course>().FindAsync([data.Id], ct) ?? db.Add(new Course { Id = data.Id }).Entity;
            course.Slug = data.Slug;
            course.Titles = data.Titles;
            foreach (var t in data.Tracks)
            {
                var track = await db.Set<Track>().FindAsync([t.Id], ct) ?? db.Add(new Track { Id = t.Id }).Entity;
                (track.CourseId, track.Names, track.Cultures, track.Hours, track.Weeks, track.RequiredUnits, track.PassMark) =
                    (data.Id, t.Names, t.Cultures, t.Hours, t.Weeks, t.RequiredUnits, t.PassMark ?? 60);
            }
            foreach (var r in data.Runs)
            {
                var run = await db.Set<Run>().FindAsync([r.Id], ct) ?? db.Add(new Run { Id = r.Id }).Entity;
                (run.CourseId, run.Number, run.StartsOn, run.EndsOn) = (data.Id, r.Number, DateOnly.Parse(r.StartsOn), DateOnly.Parse(r.EndsOn));
            }
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var courses = await db.Set<Course>().AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        if (courses.Count == 0)
        {
            return null;
        }
        var tracks = await db.Set<Track>().AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct);
        var runs = await db.Set<Run>().AsNoTracking().OrderBy(r => r.Number).ThenBy(r => r.Id).ToListAsync(ct);
        var data = courses.Select(c => new CourseData(c.Id, c.Slug, Sorted(c.Titles),
            tracks.Where(t => t.CourseId == c.Id).Select(t => new TrackData(t.Id, Sorted(t.Names), t.Cultures, t.Hours, t.Weeks, t.RequiredUnits, t.PassMark)).ToList(),
            runs.Where(r => r.CourseId == c.Id).Select(r => new RunData(r.Id, r.Number, r.StartsOn.ToString("yyyy-MM-dd"), r.EndsOn.ToString("yyyy-MM-dd"))).ToList()));
        return new JsonObject { ["name"] = Name, ["data"] = JsonSerializer.SerializeToNode(data, RecipeFields.Json) };
    }

    private static Dictionary<string, string> Sorted(Dictionary<string, string> texts) =>
        texts.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary();

    private sealed record CourseData(string Id, string Slug, Dictionary<string, string> Titles, List<TrackData> Tracks, List<RunData> Runs);

    private sealed record TrackData(string Id, Dictionary<string, string> Names, List<string> Cultures, int Hours, int Weeks, int? RequiredUnits, int? PassMark);

    private sealed record RunData(string Id, int Number, string StartsOn, string EndsOn);
}
