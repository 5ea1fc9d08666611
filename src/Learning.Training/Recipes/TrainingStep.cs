using Learning.Core;
using System.Text.Json;
using System.Text.Json.Nodes;
using Learning.Core.Data;
using Learning.Core.Recipes;
using Learning.Training.Cohorts;
using Learning.Training.Curriculum;
using Learning.Training.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Recipes;

/// <summary>
/// Recipe step "Training": the curriculum modules, the litter categories of the survey template and
/// example cohorts. Each item says what it is with <c>type</c>: module, category or cohort.
/// </summary>
public sealed class TrainingStep(LearningDbContext db, TimeProvider clock) : IRecipeStep
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => "Training";

    public int ExportOrder => 120;

    public void Validate(JsonObject step, string path, RecipeValidation validation)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        validation.ForEachItem(step, path, (item, itemPath) =>
        {
            var type = validation.String(item, itemPath, "type", maxLength: 20);
            var key = validation.String(item, itemPath, type == "category" ? "code" : "id", maxLength: 100);
            validation.Unique(ids, $"{type}:{key}", $"{itemPath}.id");
            switch (type)
            {
                case "module":
                    TextsOf(validation, item, itemPath, "titles", "lessons", "tasks");
                    validation.Integer(item, itemPath, "order");
                    validation.Shape<CurriculumUnit>(item, itemPath, Json);
                    break;
                case "category":
                    TextsOf(validation, item, itemPath, "names");
                    validation.Shape<LitterCategory>(item, itemPath, Json);
                    break;
                case "cohort":
                    ValidateCohort(validation, item, itemPath);
                    validation.Shape<CohortData>(item, itemPath, Json);
                    break;
                default:
                    validation.Add($"{itemPath}.type", "expected module, category or cohort");
                    break;
            }
        });
    }

    private static void ValidateCohort(RecipeValidation validation, JsonObject item, string path)
    {
        validation.String(item, path, "slug", maxLength: 100);
        TextsOf(validation, item, path, "titles", "summaries");
        if (validation.String(item, path, "kind", maxLength: 20) is { } kind && !EnumNames.TryParse<CohortKind>(kind, out _))
        {
            validation.Add($"{path}.kind", "expected Masterclass or TrainTheTrainer");
        }
        validation.Integer(item, path, "year");
        validation.Integer(item, path, "seats");
        if (item["cultures"] is not JsonArray cultures || cultures.Count == 0)
        {
            validation.Add($"{path}.cultures", "expected a non-empty array of languages");
            return;
        }
        foreach (var culture in validation.Strings(cultures, $"{path}.cultures"))
        {
            validation.Culture(culture, $"{path}.cultures");
        }
    }

    /// <summary>Each named property must be an object of non-empty texts keyed by a known language.</summary>
    private static void TextsOf(RecipeValidation validation, JsonObject item, string path, params string[] properties)
    {
        foreach (var property in properties)
        {
            if (item[property] is not JsonObject texts || texts.Count == 0)
            {
                validation.Add($"{path}.{property}", "expected an object of texts by language");
                continue;
            }
            foreach (var (culture, _) in texts)
            {
                validation.Culture(culture, $"{path}.{property}.{culture}");
                validation.String(texts, $"{path}.{property}", culture, maxLength: 4000);
            }
        }
    }

    public async Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct)
    {
        foreach (var item in step["data"]!.AsArray().Cast<JsonObject>())
        {
            switch (item["type"]!.GetValue<string>())
            {
                case "module":
                    await ApplyModuleAsync(item.Deserialize<CurriculumUnit>(Json)!, ct);
                    break;
                case "category":
                    await ApplyCategoryAsync(item.Deserialize<LitterCategory>(Json)!, ct);
                    break;
                default:
                    await ApplyCohortAsync(item.Deserialize<CohortData>(Json)!, ct);
                    break;
            }
        }
    }

    private async Task ApplyModuleAsync(CurriculumUnit data, CancellationToken ct)
    {
        var module = await db.Set<CurriculumUnit>().FindAsync([data.Id], ct) ?? db.Add(new CurriculumUnit { Id = data.Id }).Entity;
        (module.Order, module.Titles, module.Lessons, module.Tasks) = (data.Order, data.Titles, data.Lessons, data.Tasks);
    }

    private async Task ApplyCategoryAsync(LitterCategory data, CancellationToken ct)
    {
        var category = await db.Set<LitterCategory>().FindAsync([data.Code], ct) ?? db.Add(new LitterCategory { Code = data.Code }).Entity;
        category.Names = data.Names;
    }

    private async Task ApplyCohortAsync(CohortData data, CancellationToken ct)
    {
        var cohort = await db.Set<Cohort>().FindAsync([data.Id], ct);
        if (cohort is null)
        {
            cohort = db.Add(new Cohort { Id = data.Id, CreatedUtc = clock.GetUtcNow().UtcDateTime }).Entity;
        }
        (cohort.Slug, cohort.Kind, cohort.Titles, cohort.Summaries, cohort.Cultures) = (data.Slug, Enum.Parse<CohortKind>(data.Kind), data.Titles, data.Summaries, data.Cultures);
        (cohort.Country, cohort.Region, cohort.Year, cohort.Seats) = (data.Country ?? "", data.Region ?? "", data.Year, data.Seats);
        (cohort.ReportedTrainees, cohort.PrerequisiteCourse, cohort.ApplicationsClosed) = (data.ReportedTrainees ?? 0, data.PrerequisiteCourse, data.ApplicationsClosed ?? false);
        cohort.ApplyUntilUtc = data.ApplyUntil is { } until ? DateTime.SpecifyKind(DateTime.Parse(until), DateTimeKind.Utc) : null;
    }

    public Task<JsonObject?> ExportAsync(CancellationToken ct) => Task.FromResult<JsonObject?>(null);

    private sealed record CohortData(string Id, string Slug, string Kind, Dictionary<string, string> Titles, Dictionary<string, string> Summaries,
        List<string> Cultures, string? Country, string? Region, int Year, int Seats, int? ReportedTrainees, string? PrerequisiteCourse,
        string? ApplyUntil, bool? ApplicationsClosed);
}
