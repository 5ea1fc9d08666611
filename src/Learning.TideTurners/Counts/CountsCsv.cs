using System.Globalization;
using System.Text;
using Learning.TideTurners.Challenge;

namespace Learning.TideTurners.Counts;

/// <summary>The counts as CSV, one line per country and organisation, for the programme's own reports.</summary>
public static class CountsCsv
{
    public static byte[] Write(IReadOnlyList<CountCell> cells, IReadOnlyList<Level> levels)
    {
        var csv = new StringBuilder();
        csv.Append("country,organisation,participants");
        foreach (var level in levels)
        {
            csv.Append(",completed_").Append(level.Id);
        }
        csv.Append("\r\n");
        foreach (var cell in cells)
        {
            csv.Append(Field(cell.Country)).Append(',').Append(Field(cell.OrganisationId)).Append(',')
                .Append(cell.Participants.ToString(CultureInfo.InvariantCulture));
            foreach (var level in levels)
            {
                csv.Append(',').Append(cell.Completions.GetValueOrDefault(level.Id).ToString(CultureInfo.InvariantCulture));
            }
            csv.Append("\r\n");
        }
        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
    }

    /// <summary>Quoted when needed; a leading formula character is neutralised so a spreadsheet never runs it.</summary>
    private static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0]) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) < 0 ? safe : "\"" + safe.Replace("\"", "\"\"") + "\"";
    }
}
