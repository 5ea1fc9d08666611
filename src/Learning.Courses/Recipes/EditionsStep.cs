using System.Text.Json;
using System.Text.Json.Nodes;
using Learning.Core.Data;
using Learning.Core.Recipes;
using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Learning.Courses.Releases;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Recipes;

/// <summary>
/// Recipe step "Editions": each language edition with its units, lessons and quizzes. An edition's
/// content is replaced only when it changed, so re-importing rewrites nothing.
/// </summary>
public sealed class EditionsStep(LearningDbContext db, EditionScheduler scheduler) : IRecipeStep
{
    public string Name => "Editions";

    public int ExportOrder => 110;

    public void Validate(JsonObject step, string path, RecipeValidation validation)
    {
        var trackCultures = KnownTrackCultures(validation);
        var editionValidation = new EditionValidation(validation, new HashSet<string>(StringComparer.Ordinal));
        validation.ForEachItem(step, path, (item, itemPath) =>
        {
            editionValidation.Edition(item, itemPath, trackCultures);
            validation.Shape<EditionData>(item, itemPath, RecipeFields.Json);
        });
    }

    private Dictionary<string, List<string>> KnownTrackCultures(RecipeValidation validation)
    {
        var known = db.Set<Track>().AsNoTracking().ToList().ToDictionary(t => t.Id, t => t.Cultures.ToList());
        foreach (var id in validation.Declared("track"))
        {
            known[id] = validation.Declared("track-culture").Where(p => p.StartsWith(id + "|", StringComparison.Ordinal))
                .Select(p => p[(id.Length + 1)..]).ToList();
        }
        return known;
    }

    public async Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct)
    {
        foreach (var item in step["data"]!.AsArray().Cast<JsonObject>())
        {
            var data = item.Deserialize<EditionData>(RecipeFields.Json)!;
            var edition = await db.Set<Edition>().FindAsync([data.Id], ct) ?? db.Add(new Edition { Id = data.Id }).Entity;
            var scheduleChanged = SetFields(edition, data);
            await ReplaceContentAsync(edition, data, ct);
            if (scheduleChanged && edition.Status == EditionStatus.Scheduled)
            {
                await db.SaveChangesAsync(ct);
                scheduler.Plan(edition);
            }
        }
    }

    private static bool SetFields(Edition edition, EditionData data)
    {
        (edition.CourseId, edition.RunId, edition.TrackId, edition.Culture, edition.Title, edition.Summary) =
            (data.Course, data.Run, data.Track, data.Culture, data.Title, data.Summary);
        var status = Enum.Parse<EditionStatus>(data.Status, ignoreCase: true);
        var local = EditionContent.ParseLocal(data.ReleaseAt);
        var changed = edition.Status != status || edition.ReleaseAtLocal != local || edition.TimeZone != data.TimeZone;
        if (changed)
        {
            edition.Status = status;
            EditionScheduler.SetReleaseTime(edition, local, data.TimeZone);
        }
        return changed;
    }

    private async Task ReplaceContentAsync(Edition edition, EditionData data, CancellationToken ct)
    {
        var hash = EditionContent.Hash(data.Units);
        if (edition.ContentHash == hash)
        {
            return;
        }
        await db.Set<Unit>().Where(u => u.EditionId == edition.Id).ExecuteDeleteAsync(ct);
        edition.ContentHash = hash;
        db.AddRange(data.Units.Select((u, i) => EditionContent.ToUnit(edition.Id, i + 1, u)));
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var editions = await EditionContent.LoadAsync(db.Set<Edition>().AsNoTracking().OrderBy(e => e.Id), ct);
        if (editions.Count == 0)
        {
            return null;
        }
        var data = editions.Select(EditionContent.ToData).ToList();
        return new JsonObject { ["name"] = Name, ["data"] = JsonSerializer.SerializeToNode(data, RecipeFields.Json) };
    }
}
