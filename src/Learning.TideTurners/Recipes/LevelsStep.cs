using System.Text.Json.Nodes;
using Learning.Core.Data;
using Learning.Core.Recipes;
using Learning.TideTurners.Challenge;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Recipes;

/// <summary>Recipe step "TideTurnersLevels": the levels, their activities, points and pass rules, in every language.</summary>
public sealed class LevelsStep(LearningDbContext db) : IRecipeStep
{
    public string Name => "TideTurnersLevels";

    public int ExportOrder => 210;

    public void Validate(JsonObject step, string path, RecipeValidation validation)
    {
        var levels = new HashSet<string>(StringComparer.Ordinal);
        var activities = new HashSet<string>(StringComparer.Ordinal);
        validation.ForEachItem(step, path, (item, itemPath) =>
        {
            validation.Unique(levels, validation.String(item, itemPath, "id", maxLength: 40), $"{itemPath}.id");
            if (validation.Integer(item, itemPath, "order") is null)
            {
                validation.Add($"{itemPath}.order", "is required");
            }
            if (validation.Integer(item, itemPath, "passPercent") is < 0 or > 100)
            {
                validation.Add($"{itemPath}.passPercent", "must be 0 (every activity) to 100");
            }
            RecipeTexts.Check(item, itemPath, "titles", validation, 100);
            RecipeTexts.Check(item, itemPath, "summaries", validation, 1000);
            validation.ForEachItem(new JsonObject { ["data"] = item["activities"]?.DeepClone() }, $"{itemPath}.activities", (activity, activityPath) =>
            {
                validation.Unique(activities, validation.String(activity, activityPath, "id", maxLength: 60), $"{activityPath}.id");
                if (validation.Integer(activity, activityPath, "points") is not > 0)
                {
                    validation.Add($"{activityPath}.points", "must be a whole number above 0");
                }
                RecipeTexts.Check(activity, activityPath, "titles", validation, 200);
            });
        });
    }

    public async Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct)
    {
        var existing = await db.Set<Level>().Include(l => l.Activities).ToDictionaryAsync(l => l.Id, ct);
        var levelOfActivity = existing.Values.SelectMany(l => l.Activities).ToDictionary(a => a.Id, a => a.LevelId);
        var data = step["data"]!.AsArray();
        for (var index = 0; index < data.Count; index++)
        {
            var item = data[index]!.AsObject();
            var id = item["id"]!.GetValue<string>();
            if (!existing.TryGetValue(id, out var level))
            {
                level = new Level { Id = id };
                db.Add(level);
            }
            level.Order = item["order"]!.GetValue<int>();
            level.PassPercent = item["passPercent"]?.GetValue<int>() ?? 0;
            level.Titles = RecipeTexts.Read(item, "titles");
            level.Summaries = RecipeTexts.Read(item, "summaries");
            var activities = item["activities"]!.AsArray().Cast<JsonObject>().ToList();
            RefuseMovedActivities(activities, level.Id, levelOfActivity, $"data[{index}]");
            ApplyActivities(level, activities);
        }
    }

    // An activity keeps its level: badges already awarded count its points there.
    private static void RefuseMovedActivities(List<JsonObject> activities, string levelId, Dictionary<string, string> levelOfActivity, string path)
    {
        for (var i = 0; i < activities.Count; i++)
        {
            var id = activities[i]["id"]!.GetValue<string>();
            if (levelOfActivity.TryGetValue(id, out var owner) && owner != levelId)
            {
                throw new RecipeConflict($"{path}.activities[{i}].id", $"activity '{id}' already belongs to level '{owner}'");
            }
        }
    }

    private static void ApplyActivities(Level level, List<JsonObject> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var id = items[i]["id"]!.GetValue<string>();
            var activity = level.Activities.FirstOrDefault(a => a.Id == id);
            if (activity is null)
            {
                activity = new Activity { Id = id, LevelId = level.Id };
                level.Activities.Add(activity);
            }
            activity.Order = i;
            activity.Points = items[i]["points"]!.GetValue<int>();
            activity.Titles = RecipeTexts.Read(items[i], "titles");
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var levels = await db.Set<Level>().AsNoTracking().Include(l => l.Activities).OrderBy(l => l.Order).ToListAsync(ct);
        var data = new JsonArray(levels.Select(l => (JsonNode)new JsonObject
        {
            ["id"] = l.Id, ["order"] = l.Order, ["passPercent"] = l.PassPercent,
            ["titles"] = RecipeTexts.Write(l.Titles), ["summaries"] = RecipeTexts.Write(l.Summaries),
            ["activities"] = new JsonArray(l.Activities.OrderBy(a => a.Order).Select(a => (JsonNode)new JsonObject
            {
                ["id"] = a.Id, ["points"] = a.Points, ["titles"] = RecipeTexts.Write(a.Titles),
            }).ToArray()),
        }).ToArray());
        return new JsonObject { ["name"] = Name, ["data"] = data };
    }
}
