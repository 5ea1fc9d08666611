using System.Xml.Linq;
using Learning.Core.Tests.Cultures;

namespace Learning.Core.Tests;

/// <summary>The fixed top-level layout and the build settings every project inherits.</summary>
public class RepositoryLayoutTests
{
    private static readonly string Root = PluralRuleTests.RepositoryRoot();

    [Theory]
    [InlineData("Learning.sln")]
    [InlineData("README.md")]
    [InlineData(".ci/run")]
    [InlineData("tests/run")]
    [InlineData("Directory.Build.props")]
    [InlineData("Directory.Packages.props")]
    [InlineData("content-recipes/setup.recipe.json")]
    [InlineData("src/Learning.Web/Learning.Web.csproj")]
    [InlineData("src/Learning.Core/Learning.Core.csproj")]
    [InlineData("themes/Learning.Theme.Public/Learning.Theme.Public.csproj")]
    [InlineData("themes/Learning.Theme.Admin/Learning.Theme.Admin.csproj")]
    public void The_top_level_layout_is_in_place(string path)
    {
        Assert.True(File.Exists(Path.Combine(Root, path)), path);
    }

    [Fact]
    public void The_solution_is_a_classic_sln()
    {
        Assert.Contains("Microsoft Visual Studio Solution File", File.ReadAllText(Path.Combine(Root, "Learning.sln")));
    }

    [Fact]
    public void Every_project_has_nullable_and_warnings_as_errors()
    {
        var properties = XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("PropertyGroup").Elements().ToDictionary(e => e.Name.LocalName, e => e.Value);

        Assert.Equal("enable", properties["Nullable"]);
        Assert.Equal("true", properties["TreatWarningsAsErrors"]);
        Assert.Equal("true", properties["ManagePackageVersionsCentrally"]);
    }

    [Fact]
    public void Microsoft_packages_are_pinned_to_the_10_0_line()
    {
        var versions = XDocument.Load(Path.Combine(Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .Where(p => p.Attribute("Include")!.Value.StartsWith("Microsoft.AspNetCore") || p.Attribute("Include")!.Value.StartsWith("Microsoft.EntityFrameworkCore") || p.Attribute("Include")!.Value.StartsWith("Microsoft.Extensions"))
            .ToList();

        Assert.NotEmpty(versions);
        Assert.All(versions, p => Assert.StartsWith("10.0.", p.Attribute("Version")!.Value));
    }

    [Fact]
    public void Ci_runs_exactly_the_test_command_of_the_readme()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var ci = File.ReadAllText(Path.Combine(Root, ".ci/run"));

        Assert.Contains("## Test\n\n```\ntests/run\n```", readme);
        Assert.Contains("tests/run", ci);
    }
}
