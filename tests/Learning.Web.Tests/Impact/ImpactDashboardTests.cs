using System.IO.Compression;
using System.Net;
using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using Learning.Core.Impact;
using Learning.Core.Tables;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;

namespace Learning.Web.Tests.Impact;

public abstract class ImpactDashboardTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private static readonly ImpactFilter MauritiusIn2019 = new(new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), ImpactSeed.Country);

    [Fact]
    public async Task The_public_dashboard_shows_the_figures_the_database_holds()
    {
        await ImpactSeed.EnsureAsync(site);
        var page = await site.Browser().GetDocumentAsync("/en/impact");

        await AssertMatchesDatabaseAsync(page, ImpactFilter.Everything);
        Assert.Null(page.QuerySelector("#impact-empty"));
        foreach (var nickname in ImpactSeed.Nicknames)
        {
            Assert.DoesNotContain(nickname, page.DocumentElement.OuterHtml);
        }
        AssertChartsHaveAlternatives(page);
    }

    [Fact]
    public async Task A_period_and_a_country_narrow_the_figures_to_what_happened_there_and_then()
    {
        await ImpactSeed.EnsureAsync(site);
        var page = await site.Browser().GetDocumentAsync("/en/impact?from=2019-01-01&to=2019-12-31&country=mu");

        await AssertMatchesDatabaseAsync(page, MauritiusIn2019);
        // The seeded records, counted by hand: only the 2019 ones in Mauritius are left.
        Assert.Equal(2, ImpactPage.Headline(page, "training.accredited"));
        Assert.Equal(4, ImpactPage.Headline(page, "training.cascade"));
        Assert.Equal(7, ImpactPage.Headline(page, "training.reported"));
        Assert.Equal(0, ImpactPage.Headline(page, "training.masterclass"));
        Assert.Equal(5, ImpactPage.Headline(page, "tide-turners.youth"));
        Assert.Equal(3, ImpactPage.Headline(page, "tide-turners.passed"));
        Assert.Equal(3, ImpactPage.Table(page, "tide-turners.levels")["Entry"][0]);
        Assert.Equal(0, ImpactPage.Table(page, "tide-turners.levels")["Leader"][0]);
        Assert.Equal(1, ImpactPage.Headline(page, "clean-seas.governments"));
        Assert.Equal(0, ImpactPage.Headline(page, "clean-seas.organisations"));
        Assert.Equal(2, ImpactPage.Headline(page, "clean-seas.individuals"));
        Assert.Equal(1, ImpactPage.Headline(page, "clean-seas.commitments"));
        Assert.Equal([1, 0, 2], ImpactPage.Table(page, "clean-seas.signatories-by-country")[ImpactSeed.Country]);
        Assert.Contains("Learners' countries are not recorded", page.QuerySelector("#impact-mooc")!.TextContent);
        Assert.Null(page.QuerySelector("[data-key='mooc.enrolled']"));
        Assert.Equal("MU", page.QuerySelector("select[name=country] option[selected]")?.GetAttribute("value"));

        var later = await site.Browser().GetDocumentAsync("/en/impact?from=2021-01-01&to=2021-12-31&country=MU");
        Assert.Equal(3, ImpactPage.Headline(later, "training.masterclass"));
        Assert.Equal(0, ImpactPage.Headline(later, "training.reported"));
        Assert.Equal(1, ImpactPage.Headline(later, "tide-turners.passed"));
        Assert.Equal(1, ImpactPage.Headline(later, "clean-seas.organisations"));
        Assert.Equal(1, ImpactPage.Headline(later, "clean-seas.commitments"));
    }

    [Fact]
    public async Task A_period_with_nothing_in_it_says_so()
    {
        await ImpactSeed.EnsureAsync(site);
        var page = await site.Browser().GetDocumentAsync("/en/impact?from=1990-01-01&to=1990-12-31");

        Assert.NotNull(page.QuerySelector("#impact-empty"));
        Assert.Empty(page.QuerySelectorAll("svg"));
    }

    [Theory]
    [InlineData("from=2019-13-01", "The start date is not a date such as 2026-01-31.")]
    [InlineData("to=yesterday", "The end date is not a date such as 2026-12-31.")]
    [InlineData("from=2020-01-01&to=2019-01-01", "The start date is after the end date.")]
    [InlineData("country=ZZ", "There is no country with that code.")]
    [InlineData("country=%3Cscript%3E", "There is no country with that code.")]
    public async Task A_filter_that_cannot_be_read_is_refused_with_a_message(string query, string message)
    {
        var page = await site.Browser().GetDocumentAsync("/en/impact?" + query, HttpStatusCode.BadRequest);

        Assert.Contains(message, page.QuerySelector("ul.errors[role=alert]")!.TextContent);
        Assert.NotNull(page.QuerySelector("form select[name=country]"));
    }

    [Fact]
    public async Task An_arabic_reader_gets_mirrored_charts()
    {
        await ImpactSeed.EnsureAsync(site);
        var page = await site.Browser().GetDocumentAsync("/ar/impact");

        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.All(page.QuerySelectorAll("svg"), svg => Assert.Equal("rtl", svg.GetAttribute("direction")));
        AssertChartsHaveAlternatives(page);
    }

    [Fact]
    public async Task Administrators_download_the_same_figures_as_csv_and_excel()
    {
        await ImpactSeed.EnsureAsync(site);
        var admin = site.Browser();
        await admin.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        const string query = "from=2019-01-01&to=2019-12-31&country=MU";

        var page = await admin.GetDocumentAsync("/admin/impact?" + query);
        var csv = await admin.GetAsync("/admin/impact?handler=Csv&" + query);
        var xlsx = await admin.GetAsync("/admin/impact?handler=Xlsx&" + query);
        var refused = await admin.GetAsync("/admin/impact?handler=Csv&country=ZZ");

        await AssertMatchesDatabaseAsync(page, MauritiusIn2019);
        Assert.Equal("/admin/impact/reports", page.QuerySelector("#progress-reports + p a")!.GetAttribute("href"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => string.Join("|", Csv.Fields(line))).ToList();
        Assert.Equal("Programme|Table|Row|Measure|Value", lines[0]);
        Assert.Contains("Masterclasses and train-the-trainer|Headline figures||Accredited trainers|2", lines);
        Assert.Contains("Tide Turners Plastic Challenge|Young people by level|Entry|Young people who passed|3", lines);
        Assert.Contains("Clean Seas campaign|Signatories by country|Mauritius|Individuals|2", lines);
        Assert.Equal(lines, Sheet(await xlsx.Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task Only_those_allowed_to_report_open_the_administrators_dashboard()
    {
        var anonymous = await site.Browser().GetAsync("/admin/impact?handler=Csv");
        var learner = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, learner, $"impact-{Guid.NewGuid():N}@example.org");
        var signedIn = await learner.GetAsync("/admin/impact");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("sign-in", anonymous.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("access-denied", signedIn.Headers.Location!.ToString());
    }

    private async Task AssertMatchesDatabaseAsync(IHtmlDocument page, ImpactFilter filter)
    {
        var expected = await site.WithDbAsync(db => ImpactExpectations.ReadAsync(db, filter));
        foreach (var (key, value) in expected.Headlines)
        {
            Assert.True(value == ImpactPage.Headline(page, key), $"{key}: the database says {value}, the page {ImpactPage.Headline(page, key)}");
        }
        foreach (var (key, rows) in expected.Tables)
        {
            Assert.Equal(rows.OrderBy(r => r.Key), ImpactPage.Column(page, key, 0).OrderBy(r => r.Key));
        }
    }

    private static void AssertChartsHaveAlternatives(IHtmlDocument page)
    {
        var charts = page.QuerySelectorAll("svg");
        Assert.NotEmpty(charts);
        foreach (var svg in charts)
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            var title = page.GetElementById(svg.GetAttribute("aria-labelledby")!);
            Assert.False(string.IsNullOrWhiteSpace(title?.TextContent));
            var table = svg.ParentElement!.QuerySelector("table");
            Assert.NotNull(table?.QuerySelector("caption"));
            Assert.NotEmpty(table!.QuerySelectorAll("th[scope=row]"));
        }
    }

    /// <summary>The workbook's one sheet as lines of cells joined by '|', in the same shape as the CSV's (an empty cell holds nothing).</summary>
    private static List<string> Sheet(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        return XDocument.Parse(reader.ReadToEnd()).Descendants(ns + "row")
            .Select(row => string.Join("|", row.Elements(ns + "c").Select(c => c.Element(ns + "v")?.Value ?? c.Descendants(ns + "t").FirstOrDefault()?.Value ?? ""))).ToList();
    }
}

public sealed class SqliteImpactDashboardTests(SqliteSite site) : ImpactDashboardTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresImpactDashboardTests(PostgresSite site) : ImpactDashboardTests<PostgresSite>(site);
