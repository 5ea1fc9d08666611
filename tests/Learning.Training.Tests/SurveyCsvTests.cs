using System.Text;
using Learning.Training.Surveys;

namespace Learning.Training.Tests;

public class SurveyCsvTests
{
    private const string Header = "site,country,date,transect_length_m,category_code,category_name,count";
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly HashSet<string> Categories = ["PL02", "PL11"];

    private static (List<SurveyRow> Rows, List<SurveyError> Errors) Read(string text) =>
        SurveyCsv.Read(Encoding.UTF8.GetBytes(text), Categories, Today, English.Text);

    [Fact]
    public void The_template_offered_for_download_is_accepted()
    {
        var (rows, errors) = Read(SurveyCsv.Template);

        Assert.Empty(errors);
        Assert.Equal([("PL02", 37), ("PL11", 112)], rows.Select(r => (r.CategoryCode, r.Count)));
        Assert.All(rows, r => Assert.Equal((new DateOnly(2024, 3, 16), 100m, "KE"), (r.Date, r.TransectMetres, r.Country)));
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_separator()
    {
        var (rows, errors) = Read("Count;Category_Code;Category_Name;Site;Country;Date;Transect_Length_M\n7;pl02;Bottles;Bamburi;ke;2025-01-04;62.5\n");

        Assert.Empty(errors);
        var row = Assert.Single(rows);
        Assert.Equal(("Bamburi", "KE", "PL02", 7, 62.5m), (row.Site, row.Country, row.CategoryCode, row.Count, row.TransectMetres));
    }

    [Fact]
    public void A_missing_column_is_named_after_the_separator_the_file_was_read_with()
    {
        var (rows, errors) = Read("site;country;date;transect_length_m;category_code;category_name\nA;KE;2025-01-04;100;PL02;Bottles\n");

        Assert.Empty(rows);
        Assert.Equal("Columns are separated by semicolons (;) in this file.", errors[0].Message);
        Assert.Equal(new SurveyError(1, "count", "The column \"count\" is missing."), errors[1]);
    }

    [Theory]
    [InlineData(",KE,2025-01-04,100,PL02,Bottles,3", "site", "This value is missing.")]
    [InlineData("A,KEN,2025-01-04,100,PL02,Bottles,3", "country", "At most 2 characters.")]
    [InlineData("A,K1,2025-01-04,100,PL02,Bottles,3", "country", "Expected a two-letter country code such as KE.")]
    [InlineData("A,KE,04/01/2025,100,PL02,Bottles,3", "date", "Expected a date as YYYY-MM-DD.")]
    [InlineData("A,KE,2026-12-02,100,PL02,Bottles,3", "date", "The date 2026-12-02 is in the future.")]
    [InlineData("A,KE,2025-01-04,0,PL02,Bottles,3", "transect_length_m", "Expected a length in metres greater than zero.")]
    [InlineData("A,KE,2025-01-04,100,XX99,Bottles,3", "category_code", "Unknown category code \"XX99\".")]
    [InlineData("A,KE,2025-01-04,100,PL02,Bottles,3.5", "count", "Expected a whole number.")]
    [InlineData("A,KE,2025-01-04,100,PL02,Bottles,-3", "count", "A count cannot be negative.")]
    public void A_bad_value_is_named_by_row_and_column_and_no_row_is_kept(string row, string column, string message)
    {
        var (rows, errors) = Read($"{Header}\nA,KE,2025-01-04,100,PL11,Butts,9\n{row}\n");

        Assert.Empty(rows);
        Assert.Contains(new SurveyError(3, column, message), errors);
        Assert.DoesNotContain(errors, e => e.Row == 2);
    }

    [Fact]
    public void Today_is_not_in_the_future()
    {
        Assert.Empty(Read($"{Header}\nA,KE,2026-12-01,100,PL02,Bottles,3\n").Errors);
    }

    [Fact]
    public void A_row_that_repeats_a_site_date_and_category_is_refused()
    {
        var (_, errors) = Read($"{Header}\nNyali,KE,2025-01-04,100,PL02,Bottles,3\nNYALI,KE,2025-01-04,100,pl02,Bottles,5\n");

        Assert.Contains(new SurveyError(3, "", "This row repeats row 2 (same site, date and category)."), errors);
    }

    [Fact]
    public void An_empty_file_and_a_file_of_only_a_header_are_refused()
    {
        Assert.Equal([new SurveyError(1, "", "The file is empty. The first row must name the columns.")], Read("").Errors);
        Assert.Contains(new SurveyError(2, "", "The file has no data rows."), Read(Header + "\n").Errors);
    }

    [Fact]
    public void A_file_of_more_rows_than_allowed_is_refused_whole()
    {
        var lines = Enumerable.Range(1, SurveyCsv.MaxRows + 1).Select(i => $"Site{i},KE,2025-01-04,100,PL02,Bottles,1");
        var (rows, errors) = Read(Header + "\n" + string.Join("\n", lines));

        Assert.Empty(rows);
        Assert.Contains(new SurveyError(SurveyCsv.MaxRows + 2, "", $"A survey file may have at most {SurveyCsv.MaxRows} rows."), errors);
    }

    [Fact]
    public void A_web_page_saved_as_csv_is_refused_on_its_line()
    {
        var (_, errors) = Read($"{Header}\n<script>alert(1)</script>,KE,2025-01-04,100,PL02,Bottles,3\n");

        Assert.Contains(new SurveyError(2, "", "This row looks like a web page or a script, not CSV data."), errors);
    }
}
