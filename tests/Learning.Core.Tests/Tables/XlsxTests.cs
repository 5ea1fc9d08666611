using System.Diagnostics;
using System.Globalization;
using Learning.Core.Tables;

namespace Learning.Core.Tests.Tables;

/// <summary>Our workbooks as openpyxl reads them: a text is text exactly as given, a number a number, a date a date.</summary>
public sealed class XlsxTests
{
    [Fact]
    public async Task Free_text_that_looks_like_a_number_stays_text_exactly_and_numbers_are_numbers()
    {
        string[] texts = ["1,000", "5-", " 12 ", "007", "1e5", "-1.5", "=1+2", "12"];
        var table = new Table(["Answer", "Count"], texts.Select((t, i) => (IReadOnlyList<Cell>)[t, i * 1.5m]).ToList());

        var rows = ForeignReaders.Workbook(await Xlsx.WriteAsync(table, "Answers")).Rows;

        Assert.Equal(["Answer", "Count"], rows[0].Select(c => c.Value));
        Assert.Equal(texts, rows.Skip(1).Select(r => r[0].Value));
        Assert.All(rows.Skip(1), r => Assert.Equal("s", r[0].Type));
        Assert.All(rows.Skip(1), r => Assert.Equal("n", r[1].Type));
        Assert.Equal(texts.Select((_, i) => i * 1.5m), rows.Skip(1).Select(r => decimal.Parse(r[1].Value!, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Dates_are_dates_a_missing_value_is_an_empty_cell_and_text_Excel_cannot_hold_is_left_out()
    {
        var table = new Table(["Date", "Time", "Progress", "Note", "Status"],
        [
            [new DateOnly(2030, 12, 31), new DateTime(2026, 12, 7, 14, 5, 59, DateTimeKind.Utc), (int?)null, "bell\u0007 and NUL\0 gone", ""],
            [new DateOnly(2024, 2, 29), new DateTime(2024, 2, 29, 0, 0, 0), 75, new string('x', 40_000), "Sent"],
        ]);

        var rows = ForeignReaders.Workbook(await Xlsx.WriteAsync(table, "Dates")).Rows;

        Assert.Equal([("d", "2030-12-31T00:00:00"), ("d", "2026-12-07T14:05:00")], rows[1].Take(2).Select(c => (c.Type, c.Value)));
        Assert.Null(rows[1][2].Value);
        Assert.Null(rows[1][4].Value);
        Assert.Equal("bell and NUL gone", rows[1][3].Value);
        Assert.Equal(("n", "75"), (rows[2][2].Type, rows[2][2].Value));
        Assert.Equal(32_767, rows[2][3].Value!.Length);
    }

    [Theory]
    [InlineData("Q1/Q2: [draft]*?", "Q1 Q2 draft")]
    [InlineData("'Responses'", "Responses")]
    [InlineData("back\\slash", "back slash")]
    [InlineData(" \t[]:*?/\\ ", "Sheet1")]
    [InlineData("", "Sheet1")]
    [InlineData("Responses to the mid-term review of 2026", "Responses to the mid-term revie")]
    [InlineData("Responses to the mid-term revi'ew 2026", "Responses to the mid-term revi")]
    [InlineData("التأثير", "التأثير")]
    public async Task A_sheet_name_Excel_would_refuse_is_cleaned(string asked, string expected)
    {
        var book = ForeignReaders.Workbook(await Xlsx.WriteAsync(new Table(["A"], [["x"]]), asked));

        Assert.Equal(expected, Assert.Single(book.Sheets));
        Assert.Equal(expected, Xlsx.SheetName(asked));
    }

    [Fact]
    public void A_sheet_name_is_cut_to_31_characters_without_splitting_a_character()
    {
        var name = Xlsx.SheetName(new string('a', 30) + "🌊🌊");

        Assert.Equal(new string('a', 30), name);
    }

    /// <summary>
    /// The size of a later export of every learner: rows must reach the stream as they are added, on a
    /// stream that cannot seek, in at most 10 s and 100 MB more memory on this 2-core machine.
    /// </summary>
    [Fact]
    public async Task A_hundred_thousand_rows_stream_out_within_ten_seconds_and_a_hundred_megabytes()
    {
        using var output = new ForwardOnlyStream(keep: false);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = 0L;
        var clock = Stopwatch.StartNew();
        long halfway;
        await using (var writer = await Xlsx.StartAsync(output, "Learners", ["Id", "Name", "E-mail", "Country", "Language", "Enrolled", "Completed", "Progress %"]))
        {
            for (var i = 1; i <= 100_000; i++)
            {
                await writer.AddRowAsync([i, $"Learner {i}", $"learner{i}@example.org", "KE", "sw", new DateOnly(2026, 1, 1).AddDays(i % 365),
                    new DateTime(2026, 6, 1).AddMinutes(i), i % 101]);
                peak = i % 5_000 == 0 ? Math.Max(peak, GC.GetTotalMemory(false)) : peak;
            }
            halfway = output.Count;
            await writer.FinishAsync();
        }
        clock.Stop();

        Assert.True(halfway > 1_000_000, $"only {halfway} bytes had reached the stream before the end");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.True(peak - baseline < 100_000_000, $"used {(peak - baseline) / 1_000_000} MB more");
        Assert.True(output.Count > halfway);
    }

    [Fact]
    public async Task A_workbook_streamed_row_by_row_reads_back_whole()
    {
        using var output = new ForwardOnlyStream();
        await using (var writer = await Xlsx.StartAsync(output, "Rows", ["N", "Text"]))
        {
            for (var i = 0; i < 1_000; i++)
            {
                await writer.AddRowAsync([i, i.ToString("000", CultureInfo.InvariantCulture)]);
            }
            await writer.FinishAsync();
        }

        var rows = ForeignReaders.Workbook(output.Written).Rows;

        Assert.Equal(1_001, rows.Count);
        Assert.Equal(("n", "999"), (rows[^1][0].Type, rows[^1][0].Value));
        Assert.Equal(("s", "007"), (rows[8][1].Type, rows[8][1].Value));
    }
}
