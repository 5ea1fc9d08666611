using System.Diagnostics;
using System.Text.Json;

namespace Learning.Core.Tests.Tables;

/// <summary>A cell as openpyxl read it: its type ('s' text, 'n' number, 'd' date, 'b', 'f' formula) and its value as text.</summary>
public sealed record ForeignCell(string Type, string? Value);

/// <summary>A workbook as openpyxl read it: the sheet names and the first sheet's rows.</summary>
public sealed record ForeignWorkbook(List<string> Sheets, List<List<ForeignCell>> Rows);

/// <summary>A CSV file as Python's csv module read it, and whether it started with a UTF-8 byte order mark.</summary>
public sealed record ForeignCsv(bool ByteOrderMark, List<List<string>> Rows);

/// <summary>
/// Reads our files with software the project did not write, Debian's python3-openpyxl for workbooks and
/// Python's own csv module for CSV, and writes CSV files with that module for our readers. A writer that
/// only agrees with a reader of its own proves little.
/// </summary>
public static class ForeignReaders
{
    private const string WorkbookScript = """
        import json, sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        sheet = book.worksheets[0]
        def value(cell):
            if cell.value is None: return None
            if cell.data_type == 'd': return cell.value.isoformat()
            if cell.data_type == 'n': return repr(cell.value)
            return str(cell.value)
        rows = [[{"Type": c.data_type, "Value": value(c)} for c in row] for row in sheet.iter_rows()]
        print(json.dumps({"Sheets": book.sheetnames, "Rows": rows}))
        """;

    private const string CsvScript = """
        import codecs, csv, json, sys
        raw = open(sys.argv[1], 'rb').read()
        with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
            rows = list(csv.reader(f, delimiter=sys.argv[2]))
        print(json.dumps({"ByteOrderMark": raw.startswith(codecs.BOM_UTF8), "Rows": rows}))
        """;

    /// <summary>Rows written by Python's csv module as Excel in another language saves them: the separator given, UTF-8 with a byte order mark.</summary>
    private const string CsvWriterScript = """
        import csv, json, sys
        rows = json.load(open(sys.argv[1], encoding='utf-8'))
        with open(sys.argv[1], 'w', encoding='utf-8-sig', newline='') as f:
            csv.writer(f, delimiter=sys.argv[2]).writerows(rows)
        """;

    public static ForeignWorkbook Workbook(byte[] xlsx) => Read<ForeignWorkbook>(WorkbookScript, xlsx, ".xlsx");

    public static ForeignCsv Csv(byte[] csv, char separator = ',') => Read<ForeignCsv>(CsvScript, csv, ".csv", separator.ToString());

    public static byte[] CsvWrittenByPython(IEnumerable<IEnumerable<string>> rows, char separator) =>
        InFile(JsonSerializer.SerializeToUtf8Bytes(rows), ".csv", path =>
        {
            Run(CsvWriterScript, path, separator.ToString());
            return File.ReadAllBytes(path);
        });

    private static T Read<T>(string script, byte[] file, string extension, params string[] arguments) =>
        InFile(file, extension, path => JsonSerializer.Deserialize<T>(Run(script, path, arguments))!);

    private static T InFile<T>(byte[] content, string extension, Func<string, T> use)
    {
        // openpyxl judges a workbook by its name first.
        var path = Path.Combine(Path.GetTempPath(), "foreign-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllBytes(path, content);
        try
        {
            return use(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Runs a script on a file and returns what it printed.</summary>
    private static string Run(string script, string path, params string[] arguments)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-c", script, path, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"Python could not handle the file: {error}");
        return output.Result;
    }

    /// <summary>The python3 tests/run found with openpyxl; missing, the test fails rather than skip.</summary>
    private static string Python =>
        Environment.GetEnvironmentVariable("LEARNING_TEST_PYTHON") is { Length: > 0 } python
            ? python
            : throw new InvalidOperationException("LEARNING_TEST_PYTHON is not set: run the tests with tests/run, which installs python3-openpyxl.");
}
