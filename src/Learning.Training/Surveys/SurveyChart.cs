using System.Globalization;
using System.Net;
using System.Text;

namespace Learning.Training.Surveys;

/// <summary>A bar chart of the top categories as inline SVG: no script, light, and readable in any language.</summary>
public static class SurveyChart
{
    private const int BarHeight = 24;
    private const int Gap = 8;
    private const int LabelWidth = 260;
    private const int BarWidth = 320;

    public static string Svg(SurveySummary summary, string title)
    {
        var max = Math.Max(1, summary.Top.Select(c => c.Count).DefaultIfEmpty(0).Max());
        var height = summary.Top.Count * (BarHeight + Gap) + Gap;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{Encode(title)}\" viewBox=\"0 0 {LabelWidth + BarWidth + 60} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>");
        for (var i = 0; i < summary.Top.Count; i++)
        {
            var category = summary.Top[i];
            var y = Gap + i * (BarHeight + Gap);
            var width = Math.Max(1, category.Count * BarWidth / max);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 17}\" font-size=\"14\">{Encode(category.Code)} {Encode(category.Name)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{width}\" height=\"{BarHeight}\" fill=\"#1f6f8b\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + width + 6}\" y=\"{y + 17}\" font-size=\"14\">{category.Count}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
