using System.Globalization;
using AngleSharp.Html.Dom;

namespace Learning.Web.Tests.Impact;

/// <summary>Reads the figures of a dashboard page back: headline numbers and table rows, by the keys the page writes on them.</summary>
public static class ImpactPage
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static long Headline(IHtmlDocument page, string key) =>
        Number(page.QuerySelector($"[data-key='{key}'] dd")?.TextContent ?? throw new InvalidOperationException($"no headline {key}"));

    /// <summary>The rows of one table: row key to its values, in column order.</summary>
    public static Dictionary<string, long[]> Table(IHtmlDocument page, string key)
    {
        var table = page.QuerySelector($"table[data-key='{key}']") ?? throw new InvalidOperationException($"no table {key}");
        return table.QuerySelectorAll("tbody tr").ToDictionary(
            tr => tr.GetAttribute("data-key")!,
            tr => tr.QuerySelectorAll("td").Select(td => Number(td.TextContent)).ToArray());
    }

    /// <summary>The value of one column of a table per row key, rows without it left out as the page leaves out zero rows.</summary>
    public static Dictionary<string, long> Column(IHtmlDocument page, string key, int column) =>
        Table(page, key).Where(r => r.Value[column] > 0).ToDictionary(r => r.Key, r => r.Value[column]);

    private static long Number(string text) => long.Parse(text.Trim(), NumberStyles.AllowThousands, English);
}
