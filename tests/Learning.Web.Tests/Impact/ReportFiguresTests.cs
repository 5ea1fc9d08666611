using System.Globalization;
using Learning.Core.Impact;
using Learning.Impact.Report;
using Learning.Web.Tests.Certificates;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Learning.Web.Tests.Impact;

/// <summary>
/// The progress report of the seeded programmes, read back line by line: each headline figure and
/// each row of a breakdown carries the number the database holds, counted without the report's code.
/// </summary>
public abstract class ReportFiguresTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private static readonly ImpactFilter MauritiusIn2019 = new(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), ImpactSeed.Country);

    [Fact]
    public async Task The_report_of_the_seeded_programmes_carries_the_figures_the_database_holds()
    {
        await ImpactSeed.EnsureAsync(site);
        var client = await CertificateSite.AdministratorAsync(site);
        var requested = await client.SubmitAsync("/admin/impact/reports", new Dictionary<string, string>
        {
            ["Input.Culture"] = "en", ["Input.From"] = "2019-01-01", ["Input.To"] = "2019-12-31", ["Input.Country"] = ImpactSeed.Country,
        });
        var id = long.Parse(requested.Headers.Location!.OriginalString.Split("#report-")[1]);
        await site.WithScopeAsync(async sp => { await sp.GetRequiredService<ProgressReportBuilder>().RunAsync(id, CancellationToken.None); return 0; });
        var pdf = await site.WithDbAsync(db => db.Set<ProgressReportPdf>().SingleAsync(p => p.ReportId == id));

        var lines = Lines(pdf.Content);
        var expected = await site.WithDbAsync(db => ImpactExpectations.ReadAsync(db, MauritiusIn2019));
        var sections = await MeasuredAsync();

        foreach (var (key, value) in expected.Headlines)
        {
            var (section, figure) = Find(sections, key);
            Assert.True(value == HeadlineIn(lines, figure.Label, section.Headlines), $"{key}: the database says {value}");
        }
        foreach (var (key, rows) in expected.Tables)
        {
            var table = sections.SelectMany(s => s.Tables.Select(t => (Key: $"{s.Key}.{t.Key}", Table: t))).Single(t => t.Key == key).Table;
            Assert.Equal(table.Title, lines[lines.IndexOf(table.Title)]);
            foreach (var (row, count) in rows)
            {
                var label = table.RowsAre == ImpactRowKind.Country ? Learning.Core.Cultures.Countries.NameOf(row, "en") : row;
                var printed = $"{label} {count.ToString("N0", CultureInfo.GetCultureInfo("en"))}";
                Assert.Contains(lines.Skip(lines.IndexOf(table.Title)).Take(table.Rows.Count + 2), l => l == printed || l.StartsWith(printed + " ", StringComparison.Ordinal));
            }
        }
    }

    private Task<List<ImpactSection>> MeasuredAsync() => site.WithScopeAsync(async sp =>
    {
        var sections = new List<ImpactSection>();
        foreach (var source in sp.GetServices<IImpactSource>().OrderBy(s => s.Order))
        {
            sections.Add(await source.MeasureAsync(MauritiusIn2019));
        }
        return sections;
    });

    private static (ImpactSection Section, ImpactFigure Figure) Find(List<ImpactSection> sections, string key) =>
        sections.SelectMany(s => s.Headlines.Select(h => (s, h))).Single(p => $"{p.s.Key}.{p.h.Key}" == key);

    /// <summary>
    /// Headline figures are printed as a row of numbers above a row of their labels; the figure is
    /// the number in the same place as its label.
    /// </summary>
    private static long HeadlineIn(List<string> lines, string label, IReadOnlyList<ImpactFigure> headlines)
    {
        var at = lines.FindIndex(l => l.Contains(label, StringComparison.Ordinal) && headlines.Any(h => l.StartsWith(h.Label, StringComparison.Ordinal)));
        Assert.True(at > 0, $"no headline '{label}' in the report");
        var onLine = headlines.Where(h => lines[at].Contains(h.Label, StringComparison.Ordinal)).OrderBy(h => lines[at].IndexOf(h.Label, StringComparison.Ordinal)).ToList();
        var numbers = lines[at - 1].Split(' ').Select(n => long.Parse(n, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en"))).ToList();
        return numbers[onLine.FindIndex(h => h.Label == label)];
    }

    /// <summary>The text of every page, one string per printed line, words in reading order.</summary>
    private static List<string> Lines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().SelectMany(page => page.GetWords()
                .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
                .OrderByDescending(g => g.Key)
                .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))))
            .ToList();
    }
}

public sealed class SqliteReportFiguresTests(SqliteSite site) : ReportFiguresTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresReportFiguresTests(PostgresSite site) : ReportFiguresTests<PostgresSite>(site);
