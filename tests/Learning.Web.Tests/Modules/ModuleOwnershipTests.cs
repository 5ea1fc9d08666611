using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Learning.Core.Modules;
using Learning.Core.Security;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Modules;

/// <summary>
/// A module is one place: its setup recipes, roles, templates and strings are declared by the module,
/// so adding or removing one is a line in Modules.cs and a project reference, and the host names none of them.
/// </summary>
public sealed class ModuleOwnershipTests
{
    private static readonly ModuleCatalog Catalog = Learning.Web.Composition.Modules.Create();

    private static IEnumerable<ILearningModule> Programmes => Catalog.Modules.Where(m => m.GetType().Assembly != typeof(Program).Assembly);

    private static string Recipes => Path.Combine(TestEnvironment.RepositoryRoot, "content-recipes");

    [Fact]
    public void Every_setup_recipe_of_a_module_is_in_the_recipes_folder_once()
    {
        var recipes = Catalog.Modules.SelectMany(m => m.SetupRecipes).ToList();

        Assert.NotEmpty(recipes);
        Assert.Equal(recipes.Distinct(), recipes);
        Assert.All(recipes, r => Assert.True(File.Exists(Path.Combine(Recipes, r)), r));
    }

    /// <summary>
    /// Menu texts and permission descriptions are shown translated, yet are declared far from where
    /// they are shown: each must be a translated msgid of the site's catalogue in every language.
    /// </summary>
    [Fact]
    public void Every_menu_text_and_permission_description_is_translated_in_every_language()
    {
        var catalog = new Learning.Core.Cultures.TranslationCatalog(Catalog.StringsFolders.Select(f => Path.Combine(AppContext.BaseDirectory, f)));
        var texts = Catalog.AdminMenu.Select(e => e.Text).Concat(Catalog.Modules.SelectMany(m => m.Permissions).Select(p => p.Description)).ToList();

        string[] others = ["es", "ru", "zh-Hans", "ar", "fr", "pt", "id", "vi", "th"];
        var missing = others
            .SelectMany(c => texts.Where(t => catalog.For(c)?.Find(t) is not { IsTranslated: true }).Select(t => $"{c}: {t}"))
            .ToList();

        Assert.NotEmpty(texts);
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_project_with_strings_has_them_where_the_host_reads_them()
    {
        var projects = Directory.EnumerateDirectories(Path.Combine(TestEnvironment.RepositoryRoot, "src"))
            .Where(p => File.Exists(Path.Combine(p, "Localization", "en.po"))).Select(Path.GetFileName).ToList();
        var read = Catalog.StringsFolders.ToList();

        Assert.All(projects, p => Assert.Contains(Path.Combine("Localization", p!), read));
        Assert.All(projects, p => Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Localization", p!, "en.po")), p));
    }

    [Fact]
    public void The_host_names_no_module_recipe_role_template_or_string_file()
    {
        var host = Path.Combine(TestEnvironment.RepositoryRoot, "src", "Learning.Web");
        var files = Directory.EnumerateFiles(host, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs") || f.EndsWith(".cshtml") || f.EndsWith(".json") || f.EndsWith(".csproj") || f.EndsWith(".py"))
            .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/") && !f.Contains("/Migrations/"))
            .ToDictionary(f => Path.GetRelativePath(host, f), File.ReadAllText);

        var named = Names().SelectMany(name => files.Where(f => Regex.IsMatch(f.Value, name))
            .Select(f => $"{f.Key} names {Regex.Unescape(name)}")).ToList();

        Assert.True(named.Count == 0, string.Join("\n", named));
    }

    /// <summary>
    /// Patterns of the programme modules' recipe files, roles (the site's own aside), template names
    /// (as string literals: "completion" is also a word) and string folders.
    /// </summary>
    private static IEnumerable<string> Names() => Declared().Select(n => n.StartsWith('"') ? Regex.Escape(n) : $@"(?<![\w-]){Regex.Escape(n)}(?![\w-])");

    private static IEnumerable<string> Declared()
    {
        var siteRoles = new[] { RoleNames.Administrator, RoleNames.Editor, RoleNames.Learner };
        foreach (var module in Programmes)
        {
            foreach (var recipe in module.SetupRecipes)
            {
                yield return recipe;
                foreach (var template in TemplatesIn(JsonNode.Parse(File.ReadAllText(Path.Combine(Recipes, recipe)))!["steps"]!.AsArray()))
                {
                    yield return $"\"{template}\"";
                }
            }
            foreach (var role in module.Roles.Select(r => r.Name).Except(siteRoles))
            {
                yield return role;
            }
            foreach (var template in TemplatesIn(new JsonArray(module.Templates.Select(t => (JsonNode)t.AsStep()).ToArray())))
            {
                yield return $"\"{template}\"";
            }
            yield return module.StringsFolder;
            yield return module.StringsFolder.Replace('/', '\\');
        }
    }

    private static IEnumerable<string> TemplatesIn(JsonArray steps) => steps
        .Where(s => (string?)s!["name"] is "EmailTemplates" or "CertificateTemplates")
        .SelectMany(s => s!["data"]!.AsArray().Select(t => (string)t!["name"]!))
        .Distinct();
}
