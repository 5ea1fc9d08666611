using System.Text;

namespace Learning.Core.Tables;

/// <summary>
/// RFC 4180 CSV: written in UTF-8 with a byte order mark, which spreadsheet programs need to read
/// non-Latin scripts, and read back one line at a time. Numbers and dates are written the same in every
/// culture; a text that a spreadsheet would run as a formula is defused.
/// </summary>
public static class Csv
{
    public static byte[] Write(Table table)
    {
        var text = new StringBuilder();
        text.Append(Line(table.Header.Select(h => (Cell)h).ToList()));
        foreach (var row in table.Rows)
        {
            text.Append(Line(row));
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static async Task WriteAsync(Stream output, Table table, CancellationToken ct = default)
    {
        await using var writer = await StartAsync(output, table.Header, ct);
        await table.WriteToAsync(writer, ct);
    }

    /// <summary>A writer that sends the header now and each row as it is added.</summary>
    public static async Task<ITableWriter> StartAsync(Stream output, IReadOnlyList<string> header, CancellationToken ct = default)
    {
        var writer = new CsvWriter(output);
        await writer.AddRowAsync(header.Select(h => (Cell)h).ToList(), ct);
        return writer;
    }

    /// <summary>One row as a line of CSV, its line break included.</summary>
    public static string Line(IReadOnlyList<Cell> row) => string.Join(',', row.Select(Field)) + "\r\n";

    /// <summary>The fields of one line; double quotes may hold the separator and doubled quotes.</summary>
    public static List<string> Fields(string line, char separator = ',')
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        fields.Add(current.ToString());
        return fields;
    }

    private static string Field(Cell cell)
    {
        var value = cell.Kind == CellKind.Text ? Defused(cell.Text) : cell.Invariant;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>
    /// A text that starts with = + - @, a tab or a carriage return would be run as a formula by spreadsheet
    /// programs, so it gets a leading apostrophe, whatever it looks like: "-1.5" typed as an answer is text.
    /// A number cell never needs this, so nothing here depends on the culture of the thread.
    /// </summary>
    private static string Defused(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;
}
