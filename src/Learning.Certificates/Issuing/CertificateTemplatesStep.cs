using System.Text.Json.Nodes;
using Learning.Certificates.Rendering;
using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Core.Recipes;

namespace Learning.Certificates.Issuing;

/// <summary>Recipe step "CertificateTemplates": the Liquid wording of certificates per template and language.</summary>
public sealed class CertificateTemplatesStep(LearningDbContext db, LiquidTemplates liquid) : TemplatesStep<CertificateTemplate>(db)
{
    public override string Name => "CertificateTemplates";

    public override int ExportOrder => 45;

    protected override void ValidateParts(JsonObject item, string itemPath, string? culture, RecipeValidation validation)
    {
        if (validation.String(item, itemPath, "body", maxLength: 10_000) is { } body)
        {
            CheckBody(body, culture, $"{itemPath}.body", validation);
        }
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

    protected override void Fill(CertificateTemplate template, JsonObject item) => template.Body = item["body"]!.GetValue<string>();

    protected override void Describe(CertificateTemplate template, JsonObject item) => item["body"] = template.Body;
}
