using System.Text;

namespace Learning.Web.Tests.Fuzzing;

/// <summary>
/// Makes one reproducible change to a CSV file, of the kinds that spreadsheets, scripts and tired
/// people produce: headers misspelt, missing, repeated or moved; rows with a column too many or too
/// few; quotes left open and values over several lines; other encodings and byte order marks;
/// control characters; huge values and many rows; formulas; numbers and dates that are not.
/// The same seed always gives the same bytes.
/// </summary>
public static class CsvMutator
{
    private static readonly string[] Awkward =
    [
        "", " ", "-1", "0", "1e9", "99999999999999999999999", "NaN", "٣٧", "2024-02-30", "16/03/2024", "9999-12-31", "1,5",
        "=HYPERLINK(\"https://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\u202eevil", "null", "\"\"",
    ];

    private static readonly Func<List<List<string>>, Random, string>[] FieldChanges =
    [
        RenameHeader, RemoveHeader, DuplicateHeader, SwapHeaders, AddColumn, DropColumn, AwkwardValue, HugeValue, ManyRows, DuplicateRow, DropRow,
    ];

    public static (byte[] Bytes, string Change) Mutate(string source, int seed)
    {
        var random = new Random(seed);
        var rows = source.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').Select(line => line.Split(',').ToList()).ToList();
        return random.Next(6) switch
        {
            0 => Encoded(Text(rows), random),
            1 => TextChange(Text(rows), random),
            _ => ChangeFields(rows, random),
        };
    }

    private static (byte[], string) ChangeFields(List<List<string>> rows, Random random)
    {
        var change = FieldChanges[random.Next(FieldChanges.Length)](rows, random);
        return (Encoding.UTF8.GetBytes(Text(rows)), change);
    }

    private static (byte[], string) Encoded(string text, Random random) => random.Next(5) switch
    {
        0 => ([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], "UTF-8 byte order mark"),
        1 => ([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], "UTF-16 LE with byte order mark"),
        2 => (Encoding.BigEndianUnicode.GetBytes(text), "UTF-16 BE without byte order mark"),
        3 => (Encoding.Latin1.GetBytes(text.Replace("a", "à")), "Latin-1 with accented letters"),
        _ => (Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n")), "CRLF line ends"),
    };

    private static (byte[], string) TextChange(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        return random.Next(6) switch
        {
            0 => ([], "empty file"),
            1 => (Encoding.UTF8.GetBytes(text[..at]), $"cut at {at}"),
            2 => (Encoding.UTF8.GetBytes(text.Insert(at, "\0")), $"NUL at {at}"),
            3 => (Encoding.UTF8.GetBytes(text.Insert(at, ((char)random.Next(1, 32)).ToString())), $"control character at {at}"),
            4 => (Encoding.UTF8.GetBytes(text.Insert(at, "\"")), $"unbalanced quote at {at}"),
            _ => (Encoding.UTF8.GetBytes(text.Insert(at, "\"line one\nline two\"")), $"value over two lines at {at}"),
        };
    }

    private static string RenameHeader(List<List<string>> rows, Random random)
    {
        var column = random.Next(rows[0].Count);
        rows[0][column] += "x";
        return $"header {column} misspelt";
    }

    private static string RemoveHeader(List<List<string>> rows, Random random)
    {
        if (random.Next(3) == 0)
        {
            rows.RemoveAt(0);
            return "header line removed";
        }
        var column = random.Next(rows[0].Count);
        rows[0].RemoveAt(column);
        return $"header {column} removed";
    }

    private static string DuplicateHeader(List<List<string>> rows, Random random)
    {
        var column = random.Next(rows[0].Count);
        rows[0].Insert(column, rows[0][column]);
        return $"header {column} repeated";
    }

    private static string SwapHeaders(List<List<string>> rows, Random random)
    {
        var (a, b) = (random.Next(rows[0].Count), random.Next(rows[0].Count));
        (rows[0][a], rows[0][b]) = (rows[0][b], rows[0][a]);
        return $"headers {a} and {b} swapped";
    }

    private static string AddColumn(List<List<string>> rows, Random random)
    {
        var row = random.Next(1, rows.Count);
        rows[row].Add("extra");
        return $"row {row + 1} has a column too many";
    }

    private static string DropColumn(List<List<string>> rows, Random random)
    {
        var row = random.Next(1, rows.Count);
        rows[row].RemoveAt(random.Next(rows[row].Count));
        return $"row {row + 1} has a column too few";
    }

    private static string AwkwardValue(List<List<string>> rows, Random random)
    {
        var (row, column) = (random.Next(1, rows.Count), random.Next(rows[0].Count));
        var value = Awkward[random.Next(Awkward.Length)];
        rows[row][column] = value.Contains(',') || value.Contains('"') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
        return $"line {row + 1} column {column} set to {value}";
    }

    private static string HugeValue(List<List<string>> rows, Random random)
    {
        var (row, column, length) = (random.Next(1, rows.Count), random.Next(rows[0].Count), random.Next(100, 60_000));
        rows[row][column] = new string('w', length);
        return $"line {row + 1} column {column} is {length} characters";
    }

    private static string ManyRows(List<List<string>> rows, Random random)
    {
        var count = random.Next(150, 6_000);
        var template = rows[^1];
        rows.AddRange(Enumerable.Range(0, count).Select(i => template.Select((v, c) => c == 0 ? v + i : v).ToList()));
        return $"{count} rows more";
    }

    private static string DuplicateRow(List<List<string>> rows, Random random)
    {
        var row = random.Next(1, rows.Count);
        rows.Insert(row, [.. rows[row]]);
        return $"line {row + 1} repeated";
    }

    private static string DropRow(List<List<string>> rows, Random random)
    {
        var row = random.Next(1, rows.Count);
        rows.RemoveAt(row);
        return $"line {row + 1} removed";
    }

    private static string Text(List<List<string>> rows) => string.Concat(rows.Select(r => string.Join(',', r) + "\n"));
}
