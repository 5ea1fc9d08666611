using System.Globalization;
using System.Text;
using Learning.Core.Tables;

namespace Learning.Core.Tests.Tables;

/// <summary>Our CSV output as Python's csv module reads it, whatever the culture of the writing thread.</summary>
public sealed class CsvTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    [InlineData("ar-EG")]
    public void A_text_that_starts_like_a_formula_is_defused_and_a_number_never_is_in_every_culture(string culture)
    {
        var table = new Table(["Answer"], [["-1,5"], ["-1.5"], ["=1+2"], ["+33 1 23 45 67"], ["@SUM(A1)"], ["\t=1"], [-1.5m], [-2], ["5-"]]);

        var rows = InCulture(culture, () => ForeignReaders.Csv(Csv.Write(table))).Rows;

        Assert.Equal(["'-1,5", "'-1.5", "'=1+2", "'+33 1 23 45 67", "'@SUM(A1)", "'\t=1", "-1.5", "-2", "5-"], rows.Skip(1).Select(r => Assert.Single(r)));
    }

    [Fact]
    public void Python_reads_quotes_line_breaks_other_scripts_and_the_byte_order_mark()
    {
        string[] texts = ["a, b", "say \"no\"", "two\nlines", "مرحبا", "ทะเลสะอาด", " 12 ", "007", ""];
        var table = new Table(["Text", "Number"], texts.Select((t, i) => (IReadOnlyList<Cell>)[t, i]).ToList());

        var csv = ForeignReaders.Csv(Csv.Write(table));

        Assert.True(csv.ByteOrderMark);
        Assert.Equal(["Text", "Number"], csv.Rows[0]);
        Assert.Equal(texts, csv.Rows.Skip(1).Select(r => r[0]));
        Assert.Equal(Enumerable.Range(0, texts.Length).Select(i => i.ToString(CultureInfo.InvariantCulture)), csv.Rows.Skip(1).Select(r => r[1]));
    }

    [Fact]
    public void Numbers_and_dates_are_written_alike_in_every_culture()
    {
        var table = new Table(["Number", "Date", "Time", "Small", "Instant"],
            [[1234.50m, new DateOnly(2030, 12, 31), new DateTime(2026, 12, 7, 14, 5, 59), 0.0000001m, new DateTime(2026, 12, 7, 9, 30, 12, DateTimeKind.Utc)]]);

        var lines = new[] { "fr-FR", "ar-EG", "th-TH" }.Select(c => InCulture(c, () => Encoding.UTF8.GetString(Csv.Write(table)))).Distinct().ToList();

        Assert.Equal("\uFEFFNumber,Date,Time,Small,Instant\r\n1234.5,2030-12-31,2026-12-07 14:05,0.0000001,2026-12-07T09:30Z\r\n", Assert.Single(lines));
    }

    [Fact]
    public async Task The_writer_sends_each_row_to_the_stream_as_it_is_added()
    {
        var table = new Table(["Name", "Count"], [["=cmd", 1], ["Zoë", 2]]);
        using var output = new ForwardOnlyStream();

        await using (var writer = await Csv.StartAsync(output, table.Header))
        {
            await writer.AddRowAsync(table.Rows[0]);
            await writer.FinishAsync();
            Assert.EndsWith("'=cmd,1\r\n", Encoding.UTF8.GetString(output.Written));
            await writer.AddRowAsync(table.Rows[1]);
            await writer.FinishAsync();
        }

        Assert.Equal(Csv.Write(table), output.Written);
    }

    internal static T InCulture<T>(string culture, Func<T> action)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
