using Learning.Core.Recipes;
using Learning.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Courses;

public static class CourseSite
{
    public static async Task ImportAsync(SiteFactory site, string json)
    {
        var result = await site.WithScopeAsync(sp => sp.GetRequiredService<RecipeImporter>().ImportAsync("test-course.recipe.json", json, "test"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }
}
