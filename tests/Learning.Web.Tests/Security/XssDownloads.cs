using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Learning.Web.Tests.Security;

/// <summary>
/// Downloads that carry what people typed: a CSV cell that starts with = + - or @ is a formula to a
/// spreadsheet, and an XLSX cell must hold typed text as a value, never as a formula.
/// </summary>
public static class XssDownloads
{
    public static IEnumerable<string> Violations(SiteForms.Download download) => download.ContentType switch
    {
        "text/csv" => CsvViolations(Encoding.UTF8.GetString(download.Body)),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => XlsxViolations(download.Body),
        _ => [],
    };

    public static string Text(SiteForms.Download download) => download.ContentType.Contains("spreadsheetml", StringComparison.Ordinal)
        ? string.Concat(Entries(download.Body))
        : Encoding.UTF8.GetString(download.Body);

    private static IEnumerable<string> CsvViolations(string csv) =>
        Cells(csv).Where(c => XssPayloads.Markers().IsMatch(c) && c.Length > 0 && "=+-@\t\r".Contains(c[0])).Select(c => $"CSV formula cell '{c[..Math.Min(60, c.Length)]}'");

    private static IEnumerable<string> XlsxViolations(byte[] xlsx) =>
        Entries(xlsx).SelectMany(x => Regex.Matches(x, "<(?:\\w+:)?f[ >][^<]*").Select(m => m.Value)).Where(f => XssPayloads.Markers().IsMatch(f)).Select(f => $"XLSX formula '{f}'");

    private static IEnumerable<string> Entries(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        return zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()).ToList();
    }

    /// <summary>The cells of a CSV file, quotes removed.</summary>
    private static IEnumerable<string> Cells(string csv)
    {
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c is ',' or ';' or '\n')
            {
                yield return cell.ToString().TrimEnd('\r');
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        yield return cell.ToString();
    }
}
