namespace Learning.Core.Tables;

/// <summary>
/// Writes a table to a stream row by row, its header first, so an export of any length holds one row in
/// memory rather than the whole file. <see cref="FinishAsync"/> completes the file; without it the output
/// is cut short.
/// </summary>
public interface ITableWriter : IAsyncDisposable
{
    ValueTask AddRowAsync(IReadOnlyList<Cell> row, CancellationToken ct = default);

    ValueTask FinishAsync(CancellationToken ct = default);
}
