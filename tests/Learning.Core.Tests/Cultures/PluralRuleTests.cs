using Learning.Core.Cultures;

namespace Learning.Core.Tests.Cultures;

/// <summary>The Plural-Forms header of each shipped PO file, checked against CLDR's categories for whole numbers.</summary>
public class PluralRuleTests
{
    private static string Localization => Path.Combine(RepositoryRoot(), "src", "Learning.Web", "Localization");

    // n -> CLDR category index as the language's PO file orders them.
    public static TheoryData<string, int, long[], int[]> Expectations => new()
    {
        { "en", 2, [0, 1, 2, 5], [1, 0, 1, 1] },
        { "es", 3, [0, 1, 2, 1_000_000], [2, 0, 2, 1] },
        { "fr", 3, [0, 1, 2, 1_000_000], [0, 0, 2, 1] },
        { "pt", 3, [0, 1, 2, 1_000_000], [0, 0, 2, 1] },
        { "ru", 3, [1, 2, 5, 11, 21, 22, 25], [0, 1, 2, 2, 0, 1, 2] },
        { "ar", 6, [0, 1, 2, 3, 10, 11, 99, 100, 102], [0, 1, 2, 3, 3, 4, 4, 5, 5] },
        { "zh-Hans", 1, [0, 1, 2], [0, 0, 0] },
        { "id", 1, [0, 1, 2], [0, 0, 0] },
        { "vi", 1, [0, 1, 2], [0, 0, 0] },
        { "th", 1, [0, 1, 2], [0, 0, 0] },
    };

    [Theory]
    [MemberData(nameof(Expectations))]
    public void Each_language_has_its_cldr_plural_forms(string culture, int count, long[] numbers, int[] forms)
    {
        var rule = PoFile.Load(Path.Combine(Localization, culture + ".po")).Plural;

        Assert.Equal(count, rule.Count);
        Assert.Equal(forms, numbers.Select(rule.FormFor));
    }

    [Theory]
    [InlineData("nplurals=2; plural=n>1;", 0, 0)]
    [InlineData("nplurals=2; plural=n>1;", 2, 1)]
    [InlineData("nplurals=1; plural=0;", 7, 0)]
    [InlineData("nplurals=3; plural=n==1 ? 0 : (n==2 ? 1 : 2);", 2, 1)]
    [InlineData("nplurals=2; plural=!(n<=1);", 1, 0)]
    public void The_expression_language_of_plural_forms_is_evaluated(string header, long n, int form)
    {
        Assert.Equal(form, PluralRule.FromHeader(header).FormFor(n));
    }

    [Theory]
    [InlineData("nplurals=2; plural=n >")]
    [InlineData("nplurals=x; plural=n")]
    [InlineData("plural=n")]
    public void A_malformed_header_is_refused(string header)
    {
        Assert.Throws<FormatException>(() => PluralRule.FromHeader(header));
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Learning.sln")))
        {
            directory = directory.Parent;
        }
        return directory.FullName;
    }
}
