using System.Globalization;
using Learning.Core.Cultures;

namespace Learning.Core.Tests.Cultures;

/// <summary>Numbers, dates and plurals come out in the reader's conventions.</summary>
public sealed class FormattingTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "po-" + Guid.NewGuid().ToString("N"));
    private readonly CultureInfo saved = CultureInfo.CurrentUICulture;

    public FormattingTests()
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "fr.po"), """
            msgid ""
            msgstr ""
            "Plural-Forms: nplurals=3; plural=((n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);\n"

            msgid "{0:N0} learners"
            msgstr "{0:N0} apprenants"

            msgid "Starts on {0:D}"
            msgstr "Commence le {0:D}"
            """);
        File.WriteAllText(Path.Combine(folder, "ru.po"), """
            msgid ""
            msgstr ""
            "Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

            msgid "{0} course"
            msgid_plural "{0} courses"
            msgstr[0] "{0} курс"
            msgstr[1] "{0} курса"
            msgstr[2] "{0} курсов"
            """);
    }

    private PoStringLocalizer Localizer(string culture)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        return new PoStringLocalizer(new TranslationCatalog(folder));
    }

    [Fact]
    public void Numbers_and_dates_follow_the_language()
    {
        var t = Localizer("fr");

        Assert.Equal("30\u202f000 apprenants", t["{0:N0} learners", 30_000].Value);
        Assert.Equal("Commence le lundi 26 octobre 2020", t["Starts on {0:D}", new DateTime(2020, 10, 26)].Value);
    }

    [Theory]
    [InlineData(1, "1 курс")]
    [InlineData(3, "3 курса")]
    [InlineData(5, "5 курсов")]
    [InlineData(21, "21 курс")]
    public void Plurals_follow_the_language(long count, string expected)
    {
        Assert.Equal(expected, Localizer("ru").Plural(count, "{0} course", "{0} courses"));
    }

    [Fact]
    public void A_missing_translation_falls_back_to_english_and_says_so()
    {
        var result = Localizer("ru")["Untranslated text"];

        Assert.Equal("Untranslated text", result.Value);
        Assert.True(result.ResourceNotFound);
    }

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = saved;
        Directory.Delete(folder, recursive: true);
    }
}
