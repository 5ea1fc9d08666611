using Learning.CleanSeas.Pledges;
using Learning.Core.Cultures;

namespace Learning.CleanSeas.Tests;

public class CommitmentInputTests
{
    private static readonly PoStringLocalizer English = new(new TranslationCatalog(Path.Combine(Path.GetTempPath(), "learning-no-translations")));

    private static CommitmentInput Good() => new()
    {
        Title = "  Ban single-use bags  ", Description = "A national ban from 2027.", Category = "BagLevy", Unit = "million bags per year",
        Baseline = "1,200.5", Target = "0", BaselineDate = "2025-01-01", TargetDate = "2030-12-31", Sdgs = ["14.1", "", "12.5", "14.1"],
        Partners = " UNEP ",
    };

    [Fact]
    public void A_complete_commitment_is_written_into_the_record_trimmed()
    {
        var commitment = new Commitment();

        Assert.Empty(Good().Check(English, commitment));
        Assert.Equal(("Ban single-use bags", CommitmentCategory.BagLevy, "UNEP"), (commitment.Title, commitment.Category, commitment.Partners));
        Assert.Equal((1200.5m, 0m), (commitment.Baseline, commitment.Target));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2030, 12, 31)), (commitment.BaselineDate, commitment.TargetDate));
        Assert.Equal(";14.1;12.5;", commitment.SdgCodes);
    }

    [Fact]
    public void A_refused_commitment_leaves_the_record_as_it_was()
    {
        var commitment = new Commitment { Title = "Before" };
        var input = Good();
        input.Target = "none";

        Assert.Equal(["Enter the baseline and the target as numbers."], input.Check(English, commitment));
        Assert.Equal("Before", commitment.Title);
        Assert.Equal("", commitment.SdgCodes);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var errors = new CommitmentInput().Check(English, new Commitment());

        Assert.Equal(
        [
            "Enter a title of at most 300 characters.",
            "Enter a description of at most 5,000 characters.",
            "Enter the unit of the baseline and target (e.g. tonnes per year).",
            "Choose a category.",
            "Enter the baseline and the target as numbers.",
            "Enter the baseline date and the target date.",
            "Choose at least one SDG target from the list.",
        ], errors);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("99")]
    [InlineData("7")]
    [InlineData("0")]
    [InlineData("BagLevy, Other")]
    [InlineData("bagLevy")]
    [InlineData("Plastic")]
    public void A_category_must_be_one_of_the_named_ones(string category)
    {
        var input = Good();
        input.Category = category;

        Assert.Equal(["Choose a category."], input.Check(English, new Commitment()));
    }

    [Theory]
    [InlineData("2030-12-31", "2030-12-31")]
    [InlineData("2031-01-01", "2030-12-31")]
    public void The_target_date_comes_after_the_baseline_date(string baseline, string target)
    {
        var input = Good();
        (input.BaselineDate, input.TargetDate) = (baseline, target);

        Assert.Equal(["The target date must come after the baseline date."], input.Check(English, new Commitment()));
    }

    [Theory]
    [InlineData("31/12/2030")]
    [InlineData("2030-02-30")]
    public void A_date_is_written_year_month_day(string target)
    {
        var input = Good();
        input.TargetDate = target;

        Assert.Equal(["Enter the baseline date and the target date."], input.Check(English, new Commitment()));
    }

    [Fact]
    public void An_sdg_target_outside_the_list_is_refused()
    {
        var input = Good();
        input.Sdgs = ["14.1", "99.9"];

        Assert.Equal(["Choose at least one SDG target from the list."], input.Check(English, new Commitment()));
    }

    [Fact]
    public void A_title_of_more_than_300_characters_is_refused_but_surrounding_spaces_do_not_count()
    {
        var input = Good();
        input.Title = "  " + new string('t', 300) + "  ";
        Assert.Empty(input.Check(English, new Commitment()));

        input.Title = new string('t', 301);
        Assert.Equal(["Enter a title of at most 300 characters."], input.Check(English, new Commitment()));
    }

    [Fact]
    public void A_stored_commitment_comes_back_as_the_same_input()
    {
        var stored = new Commitment();
        Good().Check(English, stored);

        var again = new Commitment();
        Assert.Empty(CommitmentInput.From(stored).Check(English, again));
        Assert.Equal((stored.Title, stored.Baseline, stored.TargetDate, stored.SdgCodes), (again.Title, again.Baseline, again.TargetDate, again.SdgCodes));
    }
}
