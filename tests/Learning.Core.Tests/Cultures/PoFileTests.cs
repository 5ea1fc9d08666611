using Learning.Core.Cultures;

namespace Learning.Core.Tests.Cultures;

public class PoFileTests
{
    private const string Sample = """
        # Translator comment
        msgid ""
        msgstr ""
        "Language: ru\n"
        "Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

        msgid "Sign in"
        msgstr "Войти"

        msgctxt "verb"
        msgid "Open"
        msgstr "Открыть"

        msgid "Line one\nline \"two\""
        msgstr ""
        "Строка один\n"
        "строка \"два\""

        #, fuzzy
        msgid "Unsure"
        msgstr "Неуверенно"

        msgid "{0} course"
        msgid_plural "{0} courses"
        msgstr[0] "{0} курс"
        msgstr[1] "{0} курса"
        msgstr[2] "{0} курсов"
        """;

    private static PoFile Parse() => PoFile.Parse(new StringReader(Sample));

    [Fact]
    public void Reads_plain_context_multiline_and_escaped_entries()
    {
        var po = Parse();

        Assert.Equal("Войти", po.Find("Sign in")!.Translations[0]);
        Assert.Equal("Открыть", po.Find("Open", "verb")!.Translations[0]);
        Assert.Null(po.Find("Open"));
        Assert.Equal("Строка один\nстрока \"два\"", po.Find("Line one\nline \"two\"")!.Translations[0]);
    }

    [Fact]
    public void A_fuzzy_entry_counts_as_untranslated()
    {
        Assert.Null(Parse().Find("Unsure"));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(21, 0)]
    [InlineData(2, 1)]
    [InlineData(24, 1)]
    [InlineData(5, 2)]
    [InlineData(11, 2)]
    [InlineData(12, 2)]
    [InlineData(111, 2)]
    public void Plural_form_follows_the_header_rule(long n, int form)
    {
        var po = Parse();

        Assert.Equal(3, po.Plural.Count);
        Assert.Equal(form, po.Plural.FormFor(n));
    }

    [Fact]
    public void A_broken_file_names_the_line()
    {
        var error = Assert.Throws<FormatException>(() => PoFile.Parse(new StringReader("msgid \"a\"\nmsgstr \"b\"\nbogus")));

        Assert.Contains("line 3", error.Message);
    }
}
