using System.Globalization;
using System.Text;
using Learning.Core.Cultures;
using Learning.Core.Tables;

namespace Learning.Training.Surveys;

/// <summary>A problem in an uploaded survey, at a row (1 is the header) and column.</summary>
public sealed record SurveyError(int Row, string Column, string Message);

/// <summary>
/// Reads the shoreline survey template. Every row is checked and every problem is reported with
/// its row and column; a file with any problem yields no rows at all.
/// </summary>
public static class SurveyCsv
{
    public static readonly string[] Columns = ["site", "country", "date", "transect_length_m", "category_code", "category_name", "count"];

    public const string Template = "site,country,date,transect_length_m,category_code,category_name,count\n"
        + "Nyali Beach,KE,2024-03-16,100,PL02,Drink bottles,37\n"
        + "Nyali Beach,KE,2024-03-16,100,PL11,Cigarette butts and filters,112\n";

    public const int MaxRows = 5000;

    public static (List<SurveyRow> Rows, List<SurveyError> Errors) Read(byte[] bytes, ISet<string> categories, DateOnly today, PoStringLocalizer t)
    {
        var errors = new List<SurveyError>();
        var lines = Lines(bytes, errors, t);
        if (lines.Count == 0)
        {
            errors.Add(new SurveyError(1, "", t["The file is empty. The first row must name the columns."]));
            return ([], errors);
        }
        var header = Csv.Fields(lines[0].Text).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var index = Columns.ToDictionary(c => c, c => header.IndexOf(c));
        var missing = Columns.Where(c => index[c] < 0).ToList();
        if (missing.Count > 0)
        {
            errors.AddRange(missing.Select(c => new SurveyError(1, c, t["The column \"{0}\" is missing.", c])));
            return ([], errors);
        }
        if (lines.Count - 1 > MaxRows)
        {
            return ([], [new SurveyError(MaxRows + 2, "", t["A survey file may have at most {0} rows.", MaxRows])]);
        }
        var rows = new List<SurveyRow>();
        var seen = new Dictionary<string, int>();
        foreach (var line in lines.Skip(1))
        {
            var row = new SurveyRowReader(line.Number, Csv.Fields(line.Text), index, categories, today, t, errors).Read();
            if (row is null)
            {
                continue;
            }
            var key = $"{row.Site.ToUpperInvariant()}|{row.Date}|{row.CategoryCode}";
            if (seen.TryGetValue(key, out var first))
            {
                errors.Add(new SurveyError(line.Number, "", t["This row repeats row {0} (same site, date and category).", first]));
                continue;
            }
            seen[key] = line.Number;
            rows.Add(row);
        }
        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new SurveyError(2, "", t["The file has no data rows."]));
        }
        return errors.Count > 0 ? ([], errors) : (rows, errors);
    }

    /// <summary>Splits the bytes into numbered non-blank lines; a line that is not UTF-8 is an error of its own.</summary>
    private static List<(int Number, string Text)> Lines(byte[] bytes, List<SurveyError> errors, PoStringLocalizer t)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var result = new List<(int, string)>();
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var number = 0;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            end = end < 0 ? bytes.Length : end;
            number++;
            try
            {
                var text = strict.GetString(bytes, start, end - start).TrimEnd('\r');
                if (text.Trim().Length > 0)
                {
                    result.Add((number, text));
                }
            }
            catch (DecoderFallbackException)
            {
                errors.Add(new SurveyError(number, "", t["This row is not UTF-8 text. Save the file as CSV UTF-8."]));
            }
            start = end + 1;
        }
        return result;
    }

    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
