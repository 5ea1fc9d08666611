using Learning.Training.Surveys;

namespace Learning.Training.Tests;

public class SurveySummaryTests
{
    private static SurveyRow Row(string site, int day, decimal metres, string code, int count) => new()
    {
        Site = site, Country = "KE", Date = new DateOnly(2025, 1, day), TransectMetres = metres, CategoryCode = code, CategoryName = code + " name", Count = count,
    };

    [Fact]
    public void A_transect_counts_its_length_once_however_many_categories_it_has()
    {
        var summary = SurveySummary.Of([Row("Nyali", 4, 100, "PL02", 30), Row("nyali", 4, 100, "PL11", 20), Row("Nyali", 5, 50, "PL02", 10)]);

        Assert.Equal((60, 150m, 2), (summary.Items, summary.Metres, summary.Transects));
        Assert.Equal(40.0m, summary.ItemsPer100M);
    }

    [Fact]
    public void Items_per_hundred_metres_are_rounded_to_one_decimal()
    {
        Assert.Equal(33.3m, SurveySummary.Of([Row("A", 1, 300, "PL02", 100)]).ItemsPer100M);
    }

    [Fact]
    public void The_top_categories_are_the_five_largest_ties_by_code()
    {
        string[] codes = ["PL06", "PL01", "PL02", "PL03", "PL04", "PL05"];
        int[] counts = [9, 5, 5, 7, 1, 8];
        var summary = SurveySummary.Of(codes.Select((c, i) => Row("A", 1, 100, c, counts[i])).ToList());

        Assert.Equal(["PL06", "PL05", "PL03", "PL01", "PL02"], summary.Top.Select(c => c.Code));
        Assert.Equal("PL06 name", summary.Top[0].Name);
    }

    [Fact]
    public void No_rows_make_a_summary_of_zeros()
    {
        var summary = SurveySummary.Of([]);

        Assert.Equal((0, 0m, 0m, 0), (summary.Items, summary.Metres, summary.ItemsPer100M, summary.Transects));
        Assert.Empty(summary.Top);
    }
}
