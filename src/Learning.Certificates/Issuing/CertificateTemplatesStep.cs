using System.Text.Json.Nodes;
using Learning.Certificates.Rendering;
using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Core.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Learning.Certificates.Issuing;

/// <summary>Recipe step "CertificateTemplates": the Liquid wording of certificates per template and language.</summary>
public sealed class CertificateTemplatesStep(LearningDbContext db, LiquidTemplates liquid) : IRecipeStep
{
    public string Name => "CertificateTemplates";

    public int ExportOrder => 45;

    public void Validate(JsonObject step, string path, RecipeValidation validation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        validation.ForEachItem(step, path, (item, itemPath) =>
        {
            var name = validation.String(item, itemPath, "name", maxLength: 100);
            var culture = validation.String(item, itemPath, "culture", maxLength: 20);
            validation.Culture(culture, $"{itemPath}.culture");
            validation.Unique(seen, name is null ? null : $"{name}/{culture}", $"{itemPath}.name");
            if (validation.String(item, itemPath, "body", maxLength: 10_000) is { } body)
            {
                CheckBody(body, culture, $"{itemPath}.body", validation);
            }
        });
    }

    private void CheckBody(string body, string? culture, string path, RecipeValidation validation)
    {
        var known = culture is not null && validation.Cultures.Contains(culture) ? culture : "en";
        var problem = CertificateTemplateCheck.Find(liquid, body, known);
        if (problem is not null)
        {
            validation.Add(path, problem.Kind switch
            {
                TemplateProblemKind.NotLiquid => $"is not a valid Liquid template: {problem.Detail}",
                TemplateProblemKind.FailsToRender => $"fails to render: {problem.Detail}",
                _ => $"must render to {CertificateWording.LineCount} non-empty lines (title, before the name, after the name, date, verification caption)",
            });
        }
    }

    public async Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct)
    {
        foreach (var item in step["data"]!.AsArray().Cast<JsonObject>())
        {
            var name = item["name"]!.GetValue<string>();
            var culture = item["culture"]!.GetValue<string>();
            var template = await db.Set<CertificateTemplate>().FindAsync([name, culture], ct);
            if (template is null)
            {
                template = new CertificateTemplate { Name = name, Culture = culture };
                db.Add(template);
            }
            template.Body = item["body"]!.GetValue<string>();
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var templates = await db.Set<CertificateTemplate>().AsNoTracking().OrderBy(t => t.Name).ThenBy(t => t.Culture).ToListAsync(ct);
        var data = new JsonArray(templates.Select(t => (JsonNode)new JsonObject
        {
            ["name"] = t.Name,
            ["culture"] = t.Culture,
            ["body"] = t.Body,
        }).ToArray());
        return new JsonObject { ["name"] = Name, ["data"] = data };
    }
}
