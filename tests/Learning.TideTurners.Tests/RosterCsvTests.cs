using System.Text;
using Learning.Core.Cultures;
using Learning.TideTurners.Youths;

namespace Learning.TideTurners.Tests;

public class RosterCsvTests
{
    private static readonly CultureCatalog Cultures = Languages("en", "fr", "ar");

    private static (List<YouthInput> Rows, List<RosterError> Errors) Read(string text) => RosterCsv.Read(Encoding.UTF8.GetBytes(text), Cultures);

    [Fact]
    public void A_good_roster_gives_one_youth_per_line()
    {
        var (rows, errors) = Read("nickname,age_band,consent,language\nAmina,13-15,yes,fr\nJoe,16+,,en\n");

        Assert.Empty(errors);
        Assert.Equal(["Amina", "Joe"], rows.Select(r => r.Nickname));
        Assert.Equal([AgeBand.From13To15, AgeBand.From16], rows.Select(r => r.ParsedAgeBand!.Value));
        Assert.Equal([true, false], rows.Select(r => r.Consent));
    }

    [Fact]
    public void A_spreadsheet_that_saved_semicolons_is_read_the_same()
    {
        var (rows, errors) = Read("\uFEFFNickname;Age_Band;Consent;Language\r\nAmina;under-13;TRUE;ar\r\n");

        Assert.Empty(errors);
        Assert.Equal(AgeBand.Under13, Assert.Single(rows).ParsedAgeBand);
    }

    [Fact]
    public void A_wrong_header_refuses_the_file_and_says_how_the_columns_were_split()
    {
        var (_, errors) = Read("name;age;consent;language\nAmina;13-15;yes;fr\n");

        Assert.Equal(CsvSeparatorSemicolon, errors[0].Message);
        Assert.Equal((1, "The first line must be: " + RosterCsv.Header), (errors[1].Line, errors[1].Message));
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void An_empty_file_is_refused_on_its_first_line()
    {
        var error = Assert.Single(Read("").Errors);

        Assert.Equal((1, "The first line must be: " + RosterCsv.Header), (error.Line, error.Message));
    }

    [Fact]
    public void A_header_without_rows_is_refused()
    {
        var (_, errors) = Read(RosterCsv.Header + "\n");

        Assert.Contains(errors, e => e is { Line: 2, Message: "The roster has no rows." });
    }

    [Fact]
    public void A_row_with_a_missing_column_is_refused_on_its_own_line_after_blank_lines()
    {
        var (_, errors) = Read(RosterCsv.Header + "\nAmina,13-15,yes,fr\n\n\nJoe,16+,en\n");

        Assert.Contains(errors, e => e is { Line: 5, Message: "Expected 4 fields: " + RosterCsv.Header });
    }

    [Theory]
    [InlineData("Amina Diallo,16+,,en", "Give only a first name or nickname: no family name and no e-mail address.")]
    [InlineData("amina@example.org,16+,,en", "Give only a first name or nickname: no family name and no e-mail address.")]
    [InlineData(" ,16+,,en", "Give a first name or nickname of 1 to 40 characters.")]
    [InlineData("Amina,12,yes,en", "The age band must be under-13, 13-15 or 16+.")]
    [InlineData("Amina,13-15,no,en", "Under 16, a parent's or guardian's consent must be recorded.")]
    [InlineData("Amina,under-13,,en", "Under 16, a parent's or guardian's consent must be recorded.")]
    [InlineData("Amina,16+,maybe,en", "Consent must be yes or no.")]
    [InlineData("Amina,16+,,de", "Unknown language.")]
    public void A_bad_row_is_named_with_what_is_wrong(string row, string message)
    {
        var (_, errors) = Read(RosterCsv.Header + "\nJoe,16+,,en\n" + row + "\n");

        Assert.Contains(errors, e => e.Line == 3 && e.Message == message);
        Assert.DoesNotContain(errors, e => e.Line == 2);
    }

    [Fact]
    public void A_nickname_of_forty_characters_is_accepted_and_one_more_is_not()
    {
        Assert.Empty(new YouthInput(new string('a', Youth.NicknameLength), "16+", false, "en").Problems(Cultures));
        Assert.Equal(["Give a first name or nickname of 1 to 40 characters."],
            new YouthInput(new string('a', Youth.NicknameLength + 1), "16+", false, "en").Problems(Cultures));
    }

    [Fact]
    public void A_roster_of_more_than_two_hundred_youths_is_refused()
    {
        var rows = Enumerable.Range(1, RosterCsv.MaxRows + 1).Select(i => $"Youth{i},16+,,en");
        var (_, errors) = Read(RosterCsv.Header + "\n" + string.Join("\n", rows));

        Assert.Contains(errors, e => e is { Line: RosterCsv.MaxRows + 2, Message: "A roster holds at most 200 rows." });
    }

    [Fact]
    public void A_file_saved_as_utf16_is_refused()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(RosterCsv.Header + "\nAmina,16+,,en\n")).ToArray();
        var (_, errors) = RosterCsv.Read(bytes, Cultures);

        Assert.Contains(errors, e => e is { Line: 1, Message: "The file is saved as UTF-16. Save it as CSV UTF-8." });
    }

    private const string CsvSeparatorSemicolon = "Columns are separated by semicolons (;) in this file.";

    internal static CultureCatalog Languages(params string[] cultures)
    {
        var catalog = new CultureCatalog();
        catalog.Load(cultures.Select((c, i) => new Language { Culture = c, Order = i }));
        return catalog;
    }
}
