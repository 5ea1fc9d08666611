using System.Text;

namespace Learning.Core.Tables;

/// <summary>
/// Excel workbooks of one sheet, written by SpreadCheetah (MIT). It streams: each row goes into the zip as it
/// is added, so a workbook of any length needs the memory of one row, and it writes text as inline strings and
/// numbers as numbers, never a formula unless asked for one. DocumentFormat.OpenXml can stream too, but only
/// through its low-level writer, where we would write the cells, styles and parts by hand as before; the only
/// ClosedXML in the feed (0.95) needs System.Drawing, which .NET supports on Windows only.
/// </summary>
public static class Xlsx
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel refuses a sheet name longer than this.</summary>
    public const int MaxSheetName = 31;

    private const string ForbiddenInSheetName = "[]:*?/\\";

    public static async Task<byte[]> WriteAsync(Table table, string sheetName, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        await WriteAsync(buffer, table, sheetName, ct);
        return buffer.ToArray();
    }

    public static async Task WriteAsync(Stream output, Table table, string sheetName, CancellationToken ct = default)
    {
        await using var writer = await StartAsync(output, sheetName, table.Header, ct);
        await table.WriteToAsync(writer, ct);
    }

    /// <summary>A writer that sends the header now and each row as it is added; the stream need not seek.</summary>
    public static async Task<ITableWriter> StartAsync(Stream output, string sheetName, IReadOnlyList<string> header, CancellationToken ct = default) =>
        await XlsxWriter.StartAsync(output, SheetName(sheetName), header, ct);

    /// <summary>
    /// A name Excel accepts: without <c>[ ] : * ? / \</c> or control characters (each run becomes one space),
    /// at most 31 characters, not blank and not starting or ending with an apostrophe.
    /// </summary>
    public static string SheetName(string name)
    {
        var kept = new StringBuilder();
        foreach (var c in name)
        {
            var space = ForbiddenInSheetName.Contains(c) || char.IsControl(c) || char.IsWhiteSpace(c);
            if (!space || (kept.Length > 0 && kept[^1] != ' '))
            {
                kept.Append(space ? ' ' : c);
            }
        }
        var trimmed = kept.ToString().Trim(' ', '\'');
        if (trimmed.Length > MaxSheetName)
        {
            trimmed = trimmed[..(char.IsHighSurrogate(trimmed[MaxSheetName - 1]) ? MaxSheetName - 1 : MaxSheetName)].TrimEnd(' ', '\'');
        }
        return trimmed.Length > 0 ? trimmed : "Sheet1";
    }
}
