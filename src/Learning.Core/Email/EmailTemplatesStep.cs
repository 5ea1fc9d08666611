using System.Text.Json.Nodes;
using Learning.Core.Data;
using Learning.Core.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Email;

/// <summary>Recipe step "EmailTemplates": Liquid subject and body per template and language.</summary>
public sealed class EmailTemplatesStep(LearningDbContext db) : IRecipeStep
{
    public string Name => "EmailTemplates";

    public int ExportOrder => 40;

    public void Validate(JsonObject step, string path, RecipeValidation validation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        validation.ForEachItem(step, path, (item, itemPath) =>
        {
            var name = validation.String(item, itemPath, "name", maxLength: 100);
            var culture = validation.String(item, itemPath, "culture", maxLength: 20);
            validation.Culture(culture, $"{itemPath}.culture");
            validation.Unique(seen, name is null ? null : $"{name}/{culture}", $"{itemPath}.name");
            foreach (var part in new[] { "subject", "body" })
            {
                if (validation.String(item, itemPath, part, maxLength: 50_000) is { } source && !LiquidTemplates.TryParse(source, out var error))
                {
                    validation.Add($"{itemPath}.{part}", $"is not a valid Liquid template: {error}");
                }
            }
        });
    }

    public async Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct)
    {
        foreach (var item in step["data"]!.AsArray().Cast<JsonObject>())
        {
            var name = item["name"]!.GetValue<string>();
            var culture = item["culture"]!.GetValue<string>();
            var template = await db.Set<EmailTemplate>().FindAsync([name, culture], ct);
            if (template is null)
            {
                template = new EmailTemplate { Name = name, Culture = culture };
                db.Add(template);
            }
            template.Subject = item["subject"]!.GetValue<string>();
            template.Body = item["body"]!.GetValue<string>();
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var templates = await db.Set<EmailTemplate>().AsNoTracking().OrderBy(t => t.Name).ThenBy(t => t.Culture).ToListAsync(ct);
        var data = new JsonArray(templates.Select(t => (JsonNode)new JsonObject
        {
            ["name"] = t.Name,
            ["culture"] = t.Culture,
            ["subject"] = t.Subject,
            ["body"] = t.Body,
        }).ToArray());
        return new JsonObject { ["name"] = Name, ["data"] = data };
    }
}
