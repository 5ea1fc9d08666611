using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Learning.Core.Tables;

/// <summary>Rows of typed cells into one SpreadCheetah worksheet, each cell written as what it is.</summary>
internal sealed class XlsxWriter : ITableWriter
{
    /// <summary>Excel holds at most this many characters in a cell and calls a longer one damage.</summary>
    private const int MaxText = 32_767;

    private readonly Spreadsheet spreadsheet;
    private readonly StyleId date;
    private readonly StyleId time;
    private readonly StyleId bold;
    private readonly List<SpreadCheetah.Cell> cells = [];

    private XlsxWriter(Spreadsheet spreadsheet)
    {
        this.spreadsheet = spreadsheet;
        date = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd") });
        time = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd hh:mm") });
        bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
    }

    public static async Task<XlsxWriter> StartAsync(Stream output, string sheetName, IReadOnlyList<string> header, CancellationToken ct)
    {
        // Leading and trailing spaces are part of what people typed (" 12 " is not "12").
        var spreadsheet = await Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions { PreserveStringWhitespace = true }, ct);
        await spreadsheet.StartWorksheetAsync(sheetName, new WorksheetOptions { FrozenRows = 1 }, ct);
        var writer = new XlsxWriter(spreadsheet);
        await spreadsheet.AddHeaderRowAsync(header.Select(Fit).ToList(), writer.bold, ct);
        return writer;
    }

    public async ValueTask AddRowAsync(IReadOnlyList<Cell> row, CancellationToken ct = default)
    {
        cells.Clear();
        cells.AddRange(row.Select(Convert));
        await spreadsheet.AddRowAsync(cells, ct);
    }

    public async ValueTask FinishAsync(CancellationToken ct = default) => await spreadsheet.FinishAsync(ct);

    public ValueTask DisposeAsync() => spreadsheet.DisposeAsync();

    private SpreadCheetah.Cell Convert(Cell cell) => cell.Kind switch
    {
        CellKind.Number => new(cell.Number),
        CellKind.Date => new(cell.Moment, date),
        CellKind.DateTime => new(cell.Moment, time),
        // An empty text is an empty cell, as a spreadsheet's blank tests expect.
        _ => new(cell.Text.Length == 0 ? null : Fit(cell.Text)),
    };

    private static string Fit(string text) =>
        text.Length <= MaxText ? text : text[..(char.IsHighSurrogate(text[MaxText - 1]) ? MaxText - 1 : MaxText)];
}
