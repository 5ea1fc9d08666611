using System.Globalization;
using Learning.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Learning.Web.Tests.Browser;

/// <summary>
/// What a learner on a slow connection pays: every byte the browser receives for a lesson (no
/// video) and for the registry, headers and all, as Chromium itself counts them. The figures are
/// written to artifacts/page-weight.txt for the README.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserChecks.Name)]
public sealed class LowBandwidthTests(BrowserSite site)
{
    private const long Budget = 100 * 1024;

    [Fact]
    public async Task A_lesson_and_the_registry_each_transfer_at_most_100_KB()
    {
        var page = await site.NewPageAsync();
        await BrowserLearner.SignInAsync(site, page, "en");
        var weights = new List<(string Path, long Bytes)>();
        foreach (var culture in new[] { "en", "ar" })
        {
            await BrowserLearner.EnrolAsync(site, page, culture);
            var edition = BrowserLearner.EditionFor(culture);
            foreach (var path in new[] { $"/{culture}/learning/{edition}/lessons/{BrowserLearner.FirstLesson(culture)}", $"/{culture}/clean-seas/pledges" })
            {
                weights.Add((path, await TransferredAsync(page, path)));
            }
        }

        await File.WriteAllLinesAsync(Path.Combine(TestEnvironment.Artifacts, "page-weight.txt"),
            weights.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Path}\t{w.Bytes} B\t({nameof(A_lesson_and_the_registry_each_transfer_at_most_100_KB)})")));
        Assert.All(weights, w => Assert.True(w.Bytes is > 0 and <= Budget, $"{w.Path} transferred {w.Bytes} bytes"));
    }

    /// <summary>Bytes received on the wire (encoded, with headers) for the page and everything it loads, from a cold cache.</summary>
    private async Task<long> TransferredAsync(IPage page, string path)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.setCacheDisabled", new() { ["cacheDisabled"] = true });
        long bytes = 0;
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) => Interlocked.Add(ref bytes, (long)e!.Value.GetProperty("encodedDataLength").GetDouble());
        await page.GotoAsync(site.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await cdp.DetachAsync();
        return Interlocked.Read(ref bytes);
    }
}
