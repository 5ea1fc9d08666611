using System.Text.RegularExpressions;
using Learning.Core.Cultures;

namespace Learning.Core.Tests.Cultures;

/// <summary>
/// Every UI string in the code must be translated in every language's PO file. The patterns below
/// are what counts as a UI string; Localization/extract-strings.py uses the same ones.
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
        var po = PoFile.Load(Path.Combine(LocalizationFolder, culture + ".po"));

        var missing = UiStrings().Where(s => po.Find(s) is null).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"{culture}.po lacks {missing.Count} string(s):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_extraction_finds_the_strings_of_views_validation_and_menus()
    {
        var strings = UiStrings();

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
        var po = PoFile.Load(Path.Combine(LocalizationFolder, culture + ".po"));

        foreach (var entry in po.Entries.Values.Where(e => e.IsTranslated))
        {
            var expected = Placeholders(entry.Id);
            Assert.All(entry.Translations, t => Assert.True(expected.SetEquals(Placeholders(t)), $"{culture}: '{entry.Id}' -> '{t}'"));
        }
    }

    public static HashSet<string> UiStrings()
    {
        var root = PluralRuleTests.RepositoryRoot();
        var files = new[] { "src", "themes" }.Select(d => Path.Combine(root, d))
            .SelectMany(d => Directory.EnumerateFiles(d, "*.*", SearchOption.AllDirectories))
            .Where(f => (f.EndsWith(".cs") || f.EndsWith(".cshtml")) && !f.Contains("/obj/") && !f.Contains("/bin/") && !f.Contains("/Migrations/"));
        var strings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in files.Select(File.ReadAllText))
        {
            strings.UnionWith(Indexer().Matches(text).Select(m => Unescape(m.Groups[1].Value)));
            strings.UnionWith(Plural().Matches(text).Select(m => Unescape(m.Groups[1].Value)));
            strings.UnionWith(Annotation().Matches(text).Select(m => Unescape(m.Groups[1].Value)));
            strings.UnionWith(Marked().Matches(text).Select(m => Unescape(m.Groups[1].Value)));
            strings.UnionWith(Declaration().Matches(text).Select(m => Unescape(m.Groups[1].Value.StartsWith('/') ? m.Groups[2].Value : DeclaredText(m))));
        }
        strings.Remove("");
        return strings;
    }

    // Permission("Name", "Description") declares its description; AdminMenuEntry("Text", "/path", ...) its text.
    private static string DeclaredText(Match m) => m.Value.Contains("\"/") ? m.Groups[1].Value : m.Groups[2].Value;

    private static string Unescape(string literal) => Regex.Unescape(literal);

    private static HashSet<string> Placeholders(string text) =>
        Regex.Matches(text, @"\{\d+(?::[^}]*)?\}").Select(m => m.Value).ToHashSet();

    private static string LocalizationFolder => Path.Combine(PluralRuleTests.RepositoryRoot(), "src", "Learning.Web", "Localization");
}
