using System.Text.Json.Nodes;
using Learning.Core.Data;
using Learning.Core.Recipes;

namespace Learning.Core.Email;

/// <summary>Recipe step "EmailTemplates": Liquid subject and body per template and language.</summary>
public sealed class EmailTemplatesStep(LearningDbContext db) : TemplatesStep<EmailTemplate>(db)
{
    private static readonly string[] Parts = ["subject", "body"];

    public override string Name => "EmailTemplates";

    public override int ExportOrder => 40;

    protected override void ValidateParts(JsonObject item, string itemPath, string? culture, RecipeValidation validation)
    {
        foreach (var part in Parts)
        {
            if (validation.String(item, itemPath, part, maxLength: 50_000) is { } source && !LiquidTemplates.TryParse(source, out var error))
            {
                validation.Add($"{itemPath}.{part}", $"is not a valid Liquid template: {error}");
            }
        }
    }

    protected override void Fill(EmailTemplate template, JsonObject item)
    {
        template.Subject = item["subject"]!.GetValue<string>();
        template.Body = item["body"]!.GetValue<string>();
    }

    protected override void Describe(EmailTemplate template, JsonObject item)
    {
        item["subject"] = template.Subject;
        item["body"] = template.Body;
    }
}
