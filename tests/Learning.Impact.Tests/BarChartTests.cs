using Learning.Impact.Charts;

namespace Learning.Impact.Tests;

public class BarChartTests
{
    private static BarChart Chart(bool rightToLeft, params (string Label, long Value)[] rows) =>
        BarChart.Of("c", "People trained", rightToLeft, rows.Select(r => (r.Label, r.Value, r.Value.ToString())).ToList());

    [Fact]
    public void Bars_are_as_long_against_the_area_as_their_value_against_the_largest()
    {
        var chart = Chart(false, ("Kenya", 200), ("Thailand", 100), ("Fiji", 0));

        Assert.Equal([BarChart.BarArea, BarChart.BarArea / 2, 0], chart.Bars.Select(b => b.BarWidth));
        Assert.Equal([0, BarChart.RowHeight, 2 * BarChart.RowHeight], chart.Bars.Select(b => b.Y));
        Assert.Equal(3 * BarChart.RowHeight, chart.Height);
    }

    [Fact]
    public void A_value_too_small_to_see_still_gets_a_visible_bar()
    {
        var chart = Chart(false, ("Kenya", 100_000), ("Fiji", 1));

        Assert.Equal(1, chart.Bars[1].BarWidth);
    }

    [Fact]
    public void A_right_to_left_chart_is_the_mirror_of_the_left_to_right_one()
    {
        var ltr = Chart(false, ("Kenya", 200), ("Thailand", 50)).Bars;
        var rtl = Chart(true, ("Kenya", 200), ("Thailand", 50)).Bars;

        Assert.All(ltr.Zip(rtl), pair =>
        {
            var (l, r) = pair;
            Assert.Equal(BarChart.Width - l.LabelX, r.LabelX);
            Assert.Equal(BarChart.Width - l.BarX - l.BarWidth, r.BarX);
            Assert.Equal(BarChart.Width - l.ValueX, r.ValueX);
            Assert.Equal(l.BarWidth, r.BarWidth);
        });
        Assert.Equal("rtl", Chart(true).Direction);
    }

    [Fact]
    public void A_long_label_is_shortened_with_an_ellipsis()
    {
        var chart = Chart(false, ("Organisation mondiale du mouvement scout, région Afrique", 5), ("Kenya", 3));

        Assert.Equal("Organisation mondiale du mouvem…", chart.Bars[0].Label);
        Assert.Equal(32, chart.Bars[0].Label.Length);
        Assert.Equal("Kenya", chart.Bars[1].Label);
    }

    [Fact]
    public void A_chart_of_only_zeros_draws_no_bars()
    {
        Assert.All(Chart(false, ("Kenya", 0), ("Fiji", 0)).Bars, b => Assert.Equal(0, b.BarWidth));
    }
}
