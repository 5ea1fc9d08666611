using System.Globalization;
using Learning.Core.Tables;

namespace Learning.Core.Tests.Tables;

/// <summary>Our workbooks as openpyxl reads them: a text is text exactly as given, a number is a number.</summary>
public sealed class XlsxTests
{
    [Fact]
    public void Free_text_that_looks_like_a_number_stays_text_exactly_and_numbers_are_numbers()
    {
        string[] texts = ["1,000", "5-", " 12 ", "007", "1e5", "-1.5", "=1+2", "12"];
        var table = new Table(["Answer", "Count"], texts.Select((t, i) => (IReadOnlyList<Cell>)[t, i * 1.5m]).ToList());

        var rows = ForeignReaders.Workbook(Xlsx.Write(table, "Answers")).Rows;

        Assert.Equal(["Answer", "Count"], rows[0].Select(c => c.Value));
        Assert.Equal(texts, rows.Skip(1).Select(r => r[0].Value));
        Assert.All(rows.Skip(1), r => Assert.Equal("s", r[0].Type));
        Assert.All(rows.Skip(1), r => Assert.Equal("n", r[1].Type));
        Assert.Equal(texts.Select((_, i) => i * 1.5m), rows.Skip(1).Select(r => decimal.Parse(r[1].Value!, CultureInfo.InvariantCulture)));
    }
}
