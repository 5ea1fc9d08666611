using System.Text.Json.Nodes;
using Learning.Certificates.Issuing;
using Learning.Core.Email;
using Learning.Core.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Learning.Certificates.Tests.Issuing;

public sealed class CertificateTemplatesStepTests : IDisposable
{
    private readonly TestDatabase database = new();

    private static JsonObject Step(params JsonNode[] items) => new() { ["name"] = "CertificateTemplates", ["data"] = new JsonArray(items) };

    private static JsonObject Item(string culture, string body, string name = CertificateTemplate.Completion) =>
        new() { ["name"] = name, ["culture"] = culture, ["body"] = body };

    private IReadOnlyList<RecipeError> Validate(JsonObject step)
    {
        var validation = new RecipeValidation("test.recipe.json", Samples.Cultures);
        using var db = database.NewContext();
        new CertificateTemplatesStep(db, new LiquidTemplates()).Validate(step, "steps[0]", validation);
        return validation.Errors;
    }

    [Fact]
    public void The_shipped_recipe_part_is_valid_and_covers_the_ten_languages()
    {
        var part = RecipeTemplates();

        Assert.Empty(Validate(Step(part.Select(n => n!.DeepClone()).ToArray())));
        Assert.Equal(Samples.Cultures.Order(), part.Select(n => (string)n!["culture"]!).Order());
    }

    [Fact]
    public void The_built_in_wording_is_the_recipe_part()
    {
        var part = RecipeTemplates();

        Assert.Equal(
            part.Select(n => ((string)n!["name"]!, (string)n["culture"]!, (string)n["body"]!)),
            BuiltInTemplates.Templates.Select(t => (t.Name, t.Culture, t.Body)));
    }

    [Fact]
    public void Broken_liquid_an_unknown_language_a_duplicate_and_a_wrong_line_count_are_reported_where_they_are()
    {
        var errors = Validate(Step(
            Item("en", "Title\n{% if %}\nb\nc\nd"),
            Item("xx", "a\nb\nc\nd\ne"),
            Item("fr", "a\nb\nc\nd\ne"),
            Item("fr", "a\nb\nc\nd\ne"),
            Item("es", "a\nb\nc")));

        Assert.Contains(errors, e => e.Path == "steps[0].data[0].body" && e.Message.Contains("Liquid"));
        Assert.Contains(errors, e => e.Path == "steps[0].data[1].culture" && e.Message.Contains("unknown language"));
        Assert.Contains(errors, e => e.Path == "steps[0].data[3].name" && e.Message.Contains("duplicate"));
        Assert.Contains(errors, e => e.Path == "steps[0].data[4].body" && e.Message.Contains("5 non-empty lines"));
        Assert.Equal(4, errors.Count);
    }

    [Fact]
    public async Task Applying_adds_and_updates_and_exporting_gives_the_same_data_back()
    {
        await using var db = database.NewContext();
        var step = new CertificateTemplatesStep(db, new LiquidTemplates());
        var context = new RecipeContext("test", "test.recipe.json", false, "tester");

        await step.ApplyAsync(Step(Item("en", "a\nb\nc\nd\ne"), Item("ar", "١\n٢\n٣\n٤\n٥")), context, default);
        await db.SaveChangesAsync();
        await step.ApplyAsync(Step(Item("en", "A\nB\nC\nD\nE")), context, default);
        await db.SaveChangesAsync();
        var exported = await step.ExportAsync(default);

        Assert.Equal(2, await db.Set<CertificateTemplate>().CountAsync());
        Assert.Equal("CertificateTemplates", (string)exported!["name"]!);
        Assert.Equal(["ar:١\n٢\n٣\n٤\n٥", "en:A\nB\nC\nD\nE"], exported["data"]!.AsArray().Select(n => $"{n!["culture"]}:{n["body"]}"));
    }

    /// <summary>The wording as the module ships it, which the setup recipe's Modules step imports.</summary>
    private static JsonArray RecipeTemplates()
    {
        var templates = Assert.Single(new CertificatesModule().Templates);
        Assert.Equal("CertificateTemplates", templates.Step);
        var file = Path.Combine(Artifacts.RepositoryRoot(), "src", "Learning.Certificates", "Issuing", "certificate-templates.json");
        Assert.Equal(JsonNode.Parse(File.ReadAllText(file))!.ToJsonString(), templates.Items().ToJsonString());
        return templates.Items();
    }

    public void Dispose() => database.Dispose();
}
