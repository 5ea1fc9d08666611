using Learning.Core.Cultures;
using Learning.Core.Tables;

namespace Learning.TideTurners.Youths;

/// <summary>A roster problem: the line it is on (1 is the header) and what is wrong.</summary>
public sealed record RosterError(int Line, string Message);

/// <summary>
/// A roster file: a header <c>nickname,age_band,consent,language</c> and one youth per line, its columns
/// separated by commas, semicolons or tabs as the header shows. Every row is checked; one bad row refuses
/// the whole file, so a roster is stored completely or not at all.
/// </summary>
public static class RosterCsv
{
    public const string Header = "nickname,age_band,consent,language";
    public const int MaxRows = 200;
    public const int MaxBytes = 100_000;

    private static readonly string[] Columns = Header.Split(',');

    public static (List<YouthInput> Rows, List<RosterError> Errors) Read(byte[] bytes, CultureCatalog cultures)
    {
        var file = CsvLines.Read(bytes);
        var (rows, errors) = Check(file, cultures);
        if (errors.Count > 0 && file.SeparatorNote is { } note)
        {
            errors.Insert(0, new RosterError(note.Line, note.Message));
        }
        return (rows, errors);
    }

    private static (List<YouthInput> Rows, List<RosterError> Errors) Check(CsvText file, CultureCatalog cultures)
    {
        var rows = new List<YouthInput>();
        var lines = file.Lines;
        var errors = file.Problems.Select(p => new RosterError(p.Line, p.Message)).ToList();
        if (lines.Count == 0 || !file.Fields(lines[0].Text).Select(f => f.Trim().ToLowerInvariant()).SequenceEqual(Columns))
        {
            errors.Insert(0, new RosterError(lines.Count == 0 ? 1 : lines[0].Number, "The first line must be: " + Header));
            return (rows, errors);
        }
        foreach (var (number, text) in lines.Skip(1))
        {
            var fields = file.Fields(text);
            if (fields.Count != 4)
            {
                errors.Add(new RosterError(number, "Expected 4 fields: " + Header));
                continue;
            }
            var consent = fields[2].Trim().ToLowerInvariant();
            var input = new YouthInput(fields[0], fields[1], consent is "yes" or "true" or "1", fields[3]);
            errors.AddRange(input.Problems(cultures).Select(p => new RosterError(number, p)));
            if (consent is not ("yes" or "no" or "true" or "false" or "1" or "0" or ""))
            {
                errors.Add(new RosterError(number, "Consent must be yes or no."));
            }
            rows.Add(input);
        }
        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RosterError(2, "The roster has no rows."));
        }
        if (rows.Count > MaxRows)
        {
            errors.Add(new RosterError(MaxRows + 2, "A roster holds at most 200 rows."));
        }
        return (rows, errors);
    }
}
