using Learning.Core.Impact;
using Learning.Impact.Dashboard;

namespace Learning.Impact.Tests;

public class FilterInputTests
{
    [Fact]
    public void Empty_fields_mean_every_day_and_every_country()
    {
        var (filter, errors) = new FilterInput(" ", null, "").Parse();

        Assert.Empty(errors);
        Assert.Equal(ImpactFilter.Everything, filter);
    }

    [Fact]
    public void A_period_and_a_country_are_read_as_typed_the_code_in_capitals()
    {
        var (filter, errors) = new FilterInput("2026-01-01", " 2026-12-31 ", " ke ").Parse();

        Assert.Empty(errors);
        Assert.Equal(new ImpactFilter(new(2026, 1, 1), new(2026, 12, 31), "KE"), filter);
    }

    [Theory]
    [InlineData("01/02/2026", null, null, "The start date is not a date such as 2026-01-31.")]
    [InlineData(null, "2026-13-01", null, "The end date is not a date such as 2026-12-31.")]
    [InlineData("2026-02-01", "2026-01-31", null, "The start date is after the end date.")]
    [InlineData(null, null, "XX", "There is no country with that code.")]
    [InlineData(null, null, "Kenya", "There is no country with that code.")]
    public void A_filter_that_cannot_be_read_says_why(string? from, string? to, string? country, string error)
    {
        Assert.Equal([error], new FilterInput(from, to, country).Parse().Errors);
    }

    [Fact]
    public void A_one_day_period_is_allowed()
    {
        Assert.Empty(new FilterInput("2026-03-01", "2026-03-01", null).Parse().Errors);
    }

    [Fact]
    public void The_download_links_carry_the_filled_fields_escaped()
    {
        Assert.Equal("from=2026-01-01&country=K%26E", new FilterInput(" 2026-01-01 ", "", "K&E").Query);
        Assert.Equal("", new FilterInput(null, null, null).Query);
    }

    [Fact]
    public void A_period_holds_both_of_its_whole_days()
    {
        var filter = new ImpactFilter(new(2026, 1, 1), new(2026, 12, 31), null);

        Assert.True(filter.Includes(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.True(filter.Includes(new DateTime(2026, 12, 31, 23, 59, 59, DateTimeKind.Utc)));
        Assert.False(filter.Includes(new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.False(filter.Includes(new DateTime(2025, 12, 31, 23, 59, 59, DateTimeKind.Utc)));
    }
}
