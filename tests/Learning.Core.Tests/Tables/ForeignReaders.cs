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
/// Reads our files with software the project did not write: Debian's python3-openpyxl for workbooks and
/// Python's own csv module for CSV. A writer that only agrees with a reader of its own proves little.
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

    public static ForeignWorkbook Workbook(byte[] xlsx) => Run<ForeignWorkbook>(WorkbookScript, xlsx, ".xlsx");

    public static ForeignCsv Csv(byte[] csv, char separator = ',') => Run<ForeignCsv>(CsvScript, csv, ".csv", separator.ToString());

    private static T Run<T>(string script, byte[] file, string extension, params string[] arguments)
    {
        // openpyxl judges a workbook by its name first.
        var path = Path.Combine(Path.GetTempPath(), "foreign-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllBytes(path, file);
        try
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
            Assert.True(process.ExitCode == 0, $"Python could not read the file: {error}");
            return JsonSerializer.Deserialize<T>(output.Result)!;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The python3 tests/run found with openpyxl; missing, the test fails rather than skip.</summary>
    private static string Python =>
        Environment.GetEnvironmentVariable("LEARNING_TEST_PYTHON") is { Length: > 0 } python
            ? python
            : throw new InvalidOperationException("LEARNING_TEST_PYTHON is not set: run the tests with tests/run, which installs python3-openpyxl.");
}
