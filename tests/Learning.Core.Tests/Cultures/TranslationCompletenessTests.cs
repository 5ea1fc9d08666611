using System.Text.RegularExpressions;
using Learning.Core.Cultures;

namespace Learning.Core.Tests.Cultures;

/// <summary>
/// Every UI string in the code must be translated in every language's PO file of the project that
/// owns it: the project whose sources use it (the themes count as the host), or the kernel when
/// several do. The patterns below are what counts as a UI string; src/Learning.Web/Localization/extract-strings.py
/// uses the same ones and the same owners.
/// </summary>
public partial class TranslationCompletenessTests
{
    public static readonly string[] Cultures = ["en", "es", "ru", "zh-Hans", "ar", "fr", "pt", "id", "vi", "th"];

    [GeneratedRegex("""\b[Tt]\[\s*"((?:[^"\\]|\\.)*)"\s*[,\]]""")]
    private static partial Regex Indexer();

    [GeneratedRegex("""\bPlural\([^,]+,\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*[,)]""")]
    private static partial Regex Plural();

    [GeneratedRegex("""\b(?:ErrorMessage|Name|Prompt)\s*=\s*"((?:[^"\\]|\\.)*)"\s*[,)]""")]
    private static partial Regex Annotation();

    [GeneratedRegex("""\bMsgid\(\s*"((?:[^"\\]|\\.)*)"\s*\)""")]
    private static partial Regex Marked();

    [GeneratedRegex("""new(?: AdminMenuEntry| Permission)?\("([^"]+)", "((?:[^"\\]|\\.)*)"(?:, [^)]*)?\)""")]
    private static partial Regex Declaration();

    public static TheoryData<string> AllCultures() => new(Cultures);

    [Theory]
    [MemberData(nameof(AllCultures))]
    public void Every_ui_string_is_translated(string culture)
    {
        var missing = new List<string>();
        foreach (var owned in Owners().GroupBy(o => o.Value, o => o.Key))
        {
            var path = Path.Combine(LocalizationFolder(owned.Key), culture + ".po");
            var po = File.Exists(path) ? PoFile.Load(path) : null;
            missing.AddRange(owned.Where(s => po?.Find(s) is null).Order(StringComparer.Ordinal).Select(s => $"{owned.Key}: {s}"));
        }

        Assert.True(missing.Count == 0, $"the {culture}.po files lack {missing.Count} string(s):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_extraction_finds_the_strings_of_views_validation_and_menus()
    {
        var strings = UiStrings();
        var owners = Owners();

        Assert.Equal("Learning.Web", owners["Sign in"]);
        Assert.Equal("Learning.CleanSeas", owners["Changes requested"]);
        Assert.Contains("Sign in", strings);
        Assert.Contains("Enter your e-mail address.", strings);
        Assert.Contains("Users", strings);
        Assert.Contains("Open the admin area", strings);
        Assert.Contains("Changes requested", strings);
    }

    [Theory]
    [MemberData(nameof(AllCultures))]
    public void Placeholders_survive_translation(string culture)
    {
        var files = Directory.EnumerateDirectories(Path.Combine(PluralRuleTests.RepositoryRoot(), "src"))
            .Select(p => Path.Combine(p, "Localization", culture + ".po")).Where(File.Exists).ToList();

        Assert.NotEmpty(files);
        foreach (var entry in files.Select(PoFile.Load).SelectMany(po => po.Entries.Values).Where(e => e.IsTranslated))
        {
            var expected = Placeholders(entry.Id);
            Assert.All(entry.Translations, t => Assert.True(expected.SetEquals(Placeholders(t)), $"{culture}: '{entry.Id}' -> '{t}'"));
        }
    }

    public static HashSet<string> UiStrings() => Owners().Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Each UI string and the project that owns it.</summary>
    public static Dictionary<string, string> Owners()
    {
        var root = PluralRuleTests.RepositoryRoot();
        var users = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in new[] { "src", "themes" }.Select(d => Path.Combine(root, d))
            .SelectMany(d => Directory.EnumerateFiles(d, "*.*", SearchOption.AllDirectories))
            .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !f.Contains("/obj/") && !f.Contains("/bin/") && !f.Contains("/Migrations/")))
        {
            var project = ProjectOf(Path.GetRelativePath(root, file));
            foreach (var text in Strings(File.ReadAllText(file)).Where(s => s != ""))
            {
                users.TryAdd(text, []);
                users[text].Add(project);
            }
        }
        return users.ToDictionary(u => u.Key, u => u.Value.Count == 1 ? u.Value.Single() : Kernel, StringComparer.Ordinal);
    }

    private static IEnumerable<string> Strings(string text) =>
        Indexer().Matches(text).Select(m => Unescape(m.Groups[1].Value))
            .Concat(Plural().Matches(text).Select(m => Unescape(m.Groups[1].Value)))
            .Concat(Annotation().Matches(text).Select(m => Unescape(m.Groups[1].Value)))
            .Concat(Marked().Matches(text).Select(m => Unescape(m.Groups[1].Value)))
            .Concat(Declaration().Matches(text).Select(m => Unescape(m.Groups[1].Value.StartsWith('/') ? m.Groups[2].Value : DeclaredText(m))));

    private const string Kernel = "Learning.Core";

    /// <summary>src/Learning.Courses/... is Learning.Courses; the themes are the host's.</summary>
    private static string ProjectOf(string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar);
        return parts[0] == "themes" ? "Learning.Web" : parts[1];
    }

    // Permission("Name", "Description") declares its description; AdminMenuEntry("Text", "/path", ...) its text.
    private static string DeclaredText(Match m) => m.Value.Contains("\"/") ? m.Groups[1].Value : m.Groups[2].Value;

    private static string Unescape(string literal) => Regex.Unescape(literal);

    private static HashSet<string> Placeholders(string text) =>
        Regex.Matches(text, @"\{\d+(?::[^}]*)?\}").Select(m => m.Value).ToHashSet();

    private static string LocalizationFolder(string project) => Path.Combine(PluralRuleTests.RepositoryRoot(), "src", project, "Localization");
}
