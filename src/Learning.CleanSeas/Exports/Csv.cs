using System.Text;

namespace Learning.CleanSeas.Exports;

/// <summary>RFC 4180 CSV in UTF-8 with a byte order mark, which spreadsheet programs need to read non-Latin scripts.</summary>
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

    private static string Field(string value)
    {
        // A leading = + - @ would be run as a formula by spreadsheet programs.
        var safe = value.Length > 0 && "=+-@".Contains(value[0]) && !decimal.TryParse(value, out _) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }
}
