using Learning.CleanSeas.Pledges;
using Learning.CleanSeas.Registry;

namespace Learning.CleanSeas.Tests;

public class RegistryFilterTests
{
    [Fact]
    public void An_empty_query_filters_nothing_and_starts_on_page_one()
    {
        var (filter, errors) = RegistryFilter.Parse(null, "", null, "", null, null);

        Assert.Empty(errors);
        Assert.Equal(new RegistryFilter(null, null, null, null, null, 1), filter);
    }

    [Fact]
    public void Every_filter_is_read_from_its_text()
    {
        var (filter, errors) = RegistryFilter.Parse("government", "east-africa", "12.5", "bagLEVY", "completed", "3");

        Assert.Empty(errors);
        Assert.Equal(new RegistryFilter(PledgeKind.Government, "east-africa", "12.5", CommitmentCategory.BagLevy, CommitmentStatus.Completed, 3), filter);
    }

    [Theory]
    [InlineData("person", null, null, null, null, "kind must be 'government' or 'organisation', not 'person'")]
    [InlineData(null, "99.9", null, null, null, "sdg must be one of 14.1, 12.5, 11.6.1, 6.3")]
    [InlineData(null, null, "3", null, null, "category must be one of")]
    [InlineData(null, null, null, "Draft", null, "status must be Published, Completed or Closed")]
    [InlineData(null, null, null, "4", null, "status must be Published, Completed or Closed")]
    [InlineData(null, null, null, null, "0", "p must be a page number from 1")]
    [InlineData(null, null, null, null, "two", "p must be a page number from 1")]
    public void A_malformed_value_is_an_error_never_a_guess(string? kind, string? sdg, string? category, string? status, string? page, string error)
    {
        var (_, errors) = RegistryFilter.Parse(kind, null, sdg, category, status, page);

        Assert.StartsWith(error, Assert.Single(errors));
    }

    [Fact]
    public void Only_public_commitments_count_as_public()
    {
        var statuses = Enum.GetValues<CommitmentStatus>();

        Assert.Equal(RegistryFilter.PublicStatuses, statuses.Where(s => new Commitment { Status = s }.IsPublic));
        Assert.Equal([CommitmentStatus.Draft, CommitmentStatus.ChangesRequested], statuses.Where(s => new Commitment { Status = s }.IsEditable));
    }
}
