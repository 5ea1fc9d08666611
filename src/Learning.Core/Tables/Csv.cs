using System.Text;

namespace Learning.Core.Tables;

/// <summary>
/// RFC 4180 CSV: written in UTF-8 with a byte order mark, which spreadsheet programs need to read
/// non-Latin scripts, and read back one line at a time.
/// </summary>
public static class Csv
{
    public static byte[] Write(Table table)
    {
        var text = new StringBuilder();
        foreach (var row in table.Rows.Prepend(table.Header))
        {
            text.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The fields of one line; double quotes may hold commas and doubled quotes.</summary>
    public static List<string> Fields(string line)
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
            else if (c == ',' && !quoted)
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

    private static string Field(string value)
    {
        // A leading = + - @ would be run as a formula by spreadsheet programs.
        var safe = value.Length > 0 && "=+-@".Contains(value[0]) && !decimal.TryParse(value, out _) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }
}
