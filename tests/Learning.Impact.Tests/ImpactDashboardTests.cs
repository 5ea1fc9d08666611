using Learning.Core.Impact;
using Learning.Impact.Dashboard;

namespace Learning.Impact.Tests;

public class ImpactDashboardTests
{
    /// <summary>A programme whose figures are fixed, noting every filter it was asked about.</summary>
    private sealed class FixedSource(int order, string key, params (string Country, long Value)[] rows) : IImpactSource
    {
        public List<ImpactFilter> Asked { get; } = [];

        public int Order => order;

        public Task<ImpactSection> MeasureAsync(ImpactFilter filter, CancellationToken ct = default)
        {
            Asked.Add(filter);
            var shown = rows.Where(r => filter.IncludesCountry(r.Country)).ToList();
            return Task.FromResult(new ImpactSection(key, key, [new("total", "Total", shown.Sum(r => r.Value))],
                [new ImpactTable("by-country", "By country", ImpactRowKind.Country, "Country", ["People"], shown.Select(r => new ImpactRow(r.Country, [r.Value])).ToList())]));
        }
    }

    [Fact]
    public async Task The_programmes_come_in_their_declared_order()
    {
        var dashboard = new ImpactDashboard([new FixedSource(30, "clean-seas"), new FixedSource(10, "courses"), new FixedSource(20, "training")]);

        var sections = await dashboard.MeasureAsync(ImpactFilter.Everything, CancellationToken.None);

        Assert.Equal(["courses", "training", "clean-seas"], sections.Select(s => s.Key));
    }

    [Fact]
    public async Task A_bad_filter_shows_no_figures_but_still_offers_the_countries()
    {
        var source = new FixedSource(10, "training", ("KE", 4), ("TH", 2));

        var view = await new ImpactDashboard([source]).ReadAsync(new FilterInput("yesterday", null, null), CancellationToken.None);

        Assert.Equal(["The start date is not a date such as 2026-01-31."], view.Errors);
        Assert.Empty(view.Sections);
        Assert.Equal(["KE", "TH"], view.Countries);
        Assert.Equal([ImpactFilter.Everything], source.Asked);
    }

    [Fact]
    public async Task Choosing_a_country_keeps_the_others_on_offer_and_the_choice_even_without_figures()
    {
        var source = new FixedSource(10, "training", ("KE", 4), ("TH", 0), ("", 3));

        var view = await new ImpactDashboard([source]).ReadAsync(new FilterInput("2026-01-01", null, "fj"), CancellationToken.None);

        // Thailand has no one yet and a regional cohort has no country: neither is a country to choose.
        Assert.Equal(["KE", "FJ"], view.Countries);
        Assert.Equal("FJ", source.Asked[0].Country);
        Assert.Null(source.Asked[1].Country);
        Assert.Equal(source.Asked[0].From, source.Asked[1].From);
        Assert.True(view.IsEmpty);
    }

    [Fact]
    public void A_view_is_empty_only_when_no_figure_is_above_zero()
    {
        var headline = new ImpactSection("s", "S", [new("a", "A", 1)], []);
        var tableOnly = new ImpactSection("s", "S", [new("a", "A", 0)], [new("t", "T", ImpactRowKind.Text, "Row", ["N"], [new("x", [0, 2])])]);
        var zeros = new ImpactSection("s", "S", [new("a", "A", 0)], [new("t", "T", ImpactRowKind.Text, "Row", ["N"], [new("x", [0, 0])])]);

        Assert.False(View(headline).IsEmpty);
        Assert.False(View(tableOnly).IsEmpty);
        Assert.True(View(zeros).IsEmpty);
        Assert.True(DashboardView.None.IsEmpty);
    }

    private static DashboardView View(ImpactSection section) => new(new(null, null, null), [], [section], []);
}
