namespace Learning.Core.Tables;

/// <summary>A header and rows of typed cells, written out as CSV or as an Excel workbook.</summary>
public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<Cell>> Rows)
{
    /// <summary>Writes the whole table through a format's writer and finishes it.</summary>
    public async Task WriteToAsync(ITableWriter writer, CancellationToken ct = default)
    {
        foreach (var row in Rows)
        {
            await writer.AddRowAsync(row, ct);
        }
        await writer.FinishAsync(ct);
    }
}
