using System.Globalization;
using Learning.Core.Tests.Tables;
using Learning.Web.Tests.Infrastructure;
using static Learning.Web.Tests.CleanSeas.CleanSeasFlows;

namespace Learning.Web.Tests.CleanSeas;

/// <summary>
/// The public registry downloads of a running site, read by openpyxl and Python's csv module: titles a
/// focal point typed stay text exactly, baselines and targets are numbers, target dates are dates.
/// </summary>
public sealed class RegistryExportTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task The_registry_workbook_and_csv_keep_typed_titles_as_text_and_numbers_and_dates_as_such()
    {
        var (_, thousand, thousandId) = await PublishedCommitmentAsync(site, "WS", "1,000");
        var (_, bond, _) = await PublishedCommitmentAsync(site, "TV", "007");
        var visitor = site.Browser();

        var workbook = ForeignReaders.Workbook(await visitor.GetByteArrayAsync("/api/clean-seas/pledges.xlsx"));
        var csv = ForeignReaders.Csv(await visitor.GetByteArrayAsync("/api/clean-seas/pledges.csv"));

        var header = workbook.Rows[0].Select(c => c.Value!).ToList();
        var rows = workbook.Rows.Skip(1).ToDictionary(r => r[header.IndexOf("Pledge")].Value!);
        ForeignCell Cell(string pledge, string column) => rows[pledge][header.IndexOf(column)];
        Assert.Equal(("s", "1,000"), (Cell(thousand, "Title").Type, Cell(thousand, "Title").Value));
        Assert.Equal(("s", "007"), (Cell(bond, "Title").Type, Cell(bond, "Title").Value));
        Assert.Equal(("n", thousandId.ToString(CultureInfo.InvariantCulture)), (Cell(thousand, "Commitment").Type, Cell(thousand, "Commitment").Value));
        Assert.Equal(("d", "2030-12-31T00:00:00"), (Cell(thousand, "Target date").Type, Cell(thousand, "Target date").Value));
        Assert.All(workbook.Rows.Skip(1), r => Assert.Equal(["n", "n", "d"], new[] { "Baseline", "Target", "Target date" }.Select(c => r[header.IndexOf(c)].Type)));
        Assert.Equal(["100", "10"], new[] { "Baseline", "Target" }.Select(c => Cell(thousand, c).Value));

        Assert.True(csv.ByteOrderMark);
        Assert.Equal(header, csv.Rows[0]);
        Assert.Equal(workbook.Rows.Count, csv.Rows.Count);
        var line = csv.Rows.Single(r => r[0] == thousand);
        Assert.Equal(["1,000", "100", "10", "2030-12-31"], new[] { "Title", "Baseline", "Target", "Target date" }.Select(c => line[header.IndexOf(c)]));
    }
}
