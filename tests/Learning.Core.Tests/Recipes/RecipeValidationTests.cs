using System.Text.Json.Nodes;
using Learning.Core.Recipes;

namespace Learning.Core.Tests.Recipes;

public class RecipeValidationTests
{
    private static RecipeValidation Validation() => new("site.recipe.json", ["en", "fr"]);

    [Fact]
    public void Errors_carry_the_file_and_the_path_of_each_item()
    {
        var validation = Validation();
        var step = JsonNode.Parse("""{"name":"X","data":[{"title":"ok"},{"title":7},"oops"]}""")!.AsObject();

        validation.ForEachItem(step, "steps[3]", (item, path) => validation.String(item, path, "title"));

        Assert.Equal(
            ["site.recipe.json: steps[3].data[1].title: expected a string, got a number", "site.recipe.json: steps[3].data[2]: expected an object, got a string"],
            validation.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void A_step_without_a_data_array_is_reported()
    {
        var validation = Validation();

        validation.ForEachItem(JsonNode.Parse("""{"name":"X","data":{}}""")!.AsObject(), "steps[0]", (_, _) => { });

        Assert.Equal("steps[0].data", Assert.Single(validation.Errors).Path);
    }

    [Fact]
    public void Types_lengths_duplicates_and_languages_are_checked()
    {
        var validation = Validation();
        var item = JsonNode.Parse("""{"a":"x","b":"yes","c":1.5,"d":"toolong"}""")!.AsObject();
        var seen = new HashSet<string>();

        validation.Boolean(item, "p", "b");
        validation.Integer(item, "p", "c");
        validation.String(item, "p", "d", maxLength: 3);
        validation.String(item, "p", "missing");
        validation.Unique(seen, "id-1", "p.id");
        validation.Unique(seen, "id-1", "q.id");
        validation.Culture("de", "p.culture");
        validation.Culture("fr", "p.culture");

        Assert.Equal(["p.b", "p.c", "p.d", "p.missing", "q.id", "p.culture"], validation.Errors.Select(e => e.Path));
    }
}
