using System.Globalization;
using Learning.Core.Cultures;
using Learning.Core.Tables;

namespace Learning.Training.Surveys;

/// <summary>A problem in an uploaded survey, at a row (1 is the header) and column.</summary>
public sealed record SurveyError(int Row, string Column, string Message);

/// <summary>
/// Reads the shoreline survey template, its columns separated by commas, semicolons or tabs as the
/// header shows. Every row is checked and every problem is reported with its row and column; a file with
/// any problem yields no rows at all, and the refusal names the separator the file was read with.
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
        var file = CsvLines.Read(bytes);
        var (rows, errors) = Check(file, categories, today, t);
        if (errors.Count > 0 && file.SeparatorNote is { } note)
        {
            errors.Insert(0, new SurveyError(note.Line, "", t[note.Message]));
        }
        return (rows, errors);
    }

    private static (List<SurveyRow> Rows, List<SurveyError> Errors) Check(CsvText file, ISet<string> categories, DateOnly today, PoStringLocalizer t)
    {
        var lines = file.Lines;
        var errors = file.Problems.Select(p => new SurveyError(p.Line, "", t[p.Message])).ToList();
        if (lines.Count == 0)
        {
            errors.Add(new SurveyError(1, "", t["The file is empty. The first row must name the columns."]));
            return ([], errors);
        }
        var header = file.Fields(lines[0].Text).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var index = Columns.ToDictionary(c => c, c => header.IndexOf(c));
        var missing = Columns.Where(c => index[c] < 0).ToList();
        if (missing.Count > 0)
        {
            errors.AddRange(missing.Select(c => new SurveyError(lines[0].Number, c, t["The column \"{0}\" is missing.", c])));
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
            var row = new SurveyRowReader(line.Number, file.Fields(line.Text), index, categories, today, t, errors).Read();
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

    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
