using Learning.Core.Cultures;

namespace Learning.Core.Tests.Cultures;

public class CultureCatalogTests
{
    private static CultureCatalog Catalog()
    {
        var catalog = new CultureCatalog();
        catalog.Load(new[] { "en", "es", "ru", "zh-Hans", "ar", "fr", "pt", "id", "vi", "th" }.Select((c, i) => new Language { Culture = c, Order = i }));
        return catalog;
    }

    [Theory]
    [InlineData("fr-CA,fr;q=0.9,en;q=0.8", "fr")]
    [InlineData("en;q=0.2, th;q=0.9", "th")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-Hans-CN", "zh-Hans")]
    [InlineData("pt-BR", "pt")]
    [InlineData("de-DE, ar-EG;q=0.5", "ar")]
    [InlineData("de-DE", null)]
    [InlineData("", null)]
    [InlineData("*;q=0.1", null)]
    public void Best_match_for_accept_language(string header, string? expected)
    {
        Assert.Equal(expected, Catalog().BestMatch(header));
    }

    [Theory]
    [InlineData("fr;q=abc, th;q=0.5", "th")]
    [InlineData("fr;q=1.5, th;q=0.5", "th")]
    [InlineData("fr;q=, th;q=0.5", "th")]
    [InlineData("fr;q=0.9.9, th;q=0.5", "th")]
    [InlineData("fr ; q=0.4, th;q=0.5", "th")]
    [InlineData("fr;Q=0.9, th;q=0.5", "fr")]
    public void A_malformed_quality_value_does_not_count_as_the_highest(string header, string expected)
    {
        Assert.Equal(expected, Catalog().BestMatch(header));
    }

    [Fact]
    public void Find_ignores_case_but_keeps_the_catalog_spelling()
    {
        Assert.Equal("zh-Hans", Catalog().Find("zh-hans")!.Culture);
        Assert.Null(Catalog().Find("xx-YY"));
    }
}
