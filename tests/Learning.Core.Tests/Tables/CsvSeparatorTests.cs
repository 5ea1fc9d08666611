using System.Text;
using Learning.Core.Tables;

namespace Learning.Core.Tests.Tables;

/// <summary>The column separator of an uploaded file, read from its header line as spreadsheets in other languages save it.</summary>
public sealed class CsvSeparatorTests
{
    [Theory]
    [InlineData("nickname,age_band,consent,language", ',')]
    [InlineData("nickname;age_band;consent;language", ';')]
    [InlineData("nickname\tage_band\tconsent\tlanguage", '\t')]
    [InlineData("\"site; beach\",country,date", ',')]
    [InlineData("\"site, beach\";country;date", ';')]
    [InlineData("\"a\tb\";c", ';')]
    [InlineData("a;b,c", ',')]
    public void The_separator_is_the_one_used_most_outside_quotes_on_the_header(string header, char expected)
    {
        Assert.Equal(expected, CsvSeparator.Detect(header).Character);
    }

    [Fact]
    public void A_header_of_one_column_has_no_separator_and_says_so()
    {
        var separator = CsvSeparator.Detect("site|country|date");

        Assert.Same(CsvSeparator.None, separator);
        Assert.Equal("The first line of this file has no comma, semicolon or tab between the column names.", separator.Description);
    }

    [Theory]
    [InlineData(';', "Columns are separated by semicolons (;) in this file.")]
    [InlineData('\t', "Columns are separated by tabs in this file.")]
    [InlineData(',', "Columns are separated by commas (,) in this file.")]
    public void A_file_written_by_Pythons_csv_module_is_read_back_field_for_field_and_names_its_separator(char separator, string note)
    {
        string[][] rows =
        [
            ["site", "country", "note"],
            ["Praia; norte", "BR", "say \"sim\""],
            ["Nyali, south", "KE", "tab\there"],
            ["Zoë", "FR", ""],
        ];

        var file = CsvLines.Read(ForeignReaders.CsvWrittenByPython(rows, separator));

        Assert.Empty(file.Problems);
        Assert.Equal(rows, file.Lines.Select(l => file.Fields(l.Text).ToArray()));
        Assert.Equal(new CsvLineProblem(1, note), file.SeparatorNote);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_column_name()
    {
        var file = CsvLines.Read([.. Encoding.UTF8.GetPreamble(), .. "site;country\r\nNyali;KE\r\n"u8]);

        Assert.Equal(["site", "country"], file.Fields(file.Lines[0].Text));
        Assert.Same(CsvSeparator.Semicolon, file.Separator);
    }

    [Fact]
    public void A_file_of_no_lines_gives_no_separator_note()
    {
        Assert.Null(CsvLines.Read([.. Encoding.UTF8.GetPreamble()]).SeparatorNote);
    }
}
