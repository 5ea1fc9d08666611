namespace Learning.Web.Tests.Browser;

/// <summary>
/// One site and one chromium for the accessibility, page weight, no-script and right-to-left
/// checks: starting a site takes longer than most of these checks.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserChecks : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser checks";
}
