using System.Text;

namespace Learning.Core.Tables;

/// <summary>CSV rows written to a stream as they come, in UTF-8 with a byte order mark.</summary>
internal sealed class CsvWriter(Stream output) : ITableWriter
{
    private readonly StreamWriter writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);

    public async ValueTask AddRowAsync(IReadOnlyList<Cell> row, CancellationToken ct = default) =>
        await writer.WriteAsync(Csv.Line(row).AsMemory(), ct);

    public async ValueTask FinishAsync(CancellationToken ct = default) => await writer.FlushAsync(ct);

    public ValueTask DisposeAsync() => writer.DisposeAsync();
}
