using System.Text.Json;
using Microsoft.Playwright;

namespace Learning.Web.Tests.Browser;

/// <summary>
/// The Arabic pages laid out right to left, checked on the rendered boxes rather than on the
/// markup alone: the navigation starts at the right, numbers stay at the start of their Arabic
/// sentence, and Latin names inside Arabic lines are isolated and read left to right.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserChecks.Name)]
public sealed class RightToLeftTests(BrowserSite site)
{
    [Fact]
    public async Task The_arabic_navigation_starts_at_the_right()
    {
        var page = await ArabicPageAsync("/ar/", "rtl-ar-home");

        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        var first = (await page.Locator(".site-nav li").First.BoundingBoxAsync())!;
        var last = (await page.Locator(".site-nav li").Last.BoundingBoxAsync())!;
        Assert.True(first.X > last.X, $"the first menu item ({first.X}) should be right of the last ({last.X})");
        var brand = (await page.Locator(".brand").BoundingBoxAsync())!;
        Assert.True(brand.X + brand.Width > 1024 * 0.75, $"the site name should sit at the right edge, it ends at {brand.X + brand.Width}");
    }

    [Fact]
    public async Task A_count_stays_at_the_start_of_its_arabic_sentence()
    {
        var page = await ArabicPageAsync("/ar/clean-seas", "rtl-ar-clean-seas");

        foreach (var counter in new[] { "governments", "commitments" })
        {
            // In "12 حكومة" the number comes first when read, so it is drawn right of the word.
            var boxes = await page.EvalOnSelectorAsync<JsonElement>($"li#{counter}", """
                li => {
                    const text = li.firstChild, value = text.textContent, digits = value.search(/\d/), word = value.search(/[\u0600-\u06FF]/);
                    const box = (start, length) => { const r = document.createRange(); r.setStart(text, start); r.setEnd(text, start + length); return r.getBoundingClientRect(); };
                    return { number: box(digits, 1).left, word: box(word, 1).left };
                }
                """);
            Assert.True(boxes.GetProperty("number").GetDouble() > boxes.GetProperty("word").GetDouble(), $"{counter}: the number should be right of the Arabic word: {boxes}");
        }
    }

    [Fact]
    public async Task Latin_names_in_the_arabic_registry_are_isolated_and_read_left_to_right()
    {
        var page = await ArabicPageAsync("/ar/clean-seas/pledges", "rtl-ar-registry");

        var names = await page.EvalOnSelectorAllAsync<JsonElement>("ul.signatories a", """
            links => links.filter(a => /[A-Za-z]/.test(a.textContent)).map(a => {
                const isolated = a.querySelector('bdi') ?? a.closest('[dir]:not(html)');
                const text = document.createTreeWalker(a, NodeFilter.SHOW_TEXT).nextNode();
                const box = i => { const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1); return r.getBoundingClientRect(); };
                const label = a.nextSibling?.textContent.trim() ? (() => { const r = document.createRange(); r.selectNode(a.nextSibling); return r.getBoundingClientRect(); })() : null;
                return {
                    name: a.textContent,
                    isolated: !!isolated && ['isolate', 'plaintext', 'isolate-override'].includes(getComputedStyle(isolated).unicodeBidi),
                    leftToRight: box(0).left < box(text.length - 1).left,
                    beforeLabel: !label || a.getBoundingClientRect().left >= label.right - 1,
                };
            })
            """);
        Assert.NotEmpty(names.EnumerateArray());
        foreach (var name in names.EnumerateArray())
        {
            Assert.True(name.GetProperty("isolated").GetBoolean(), $"not isolated: {name}");
            Assert.True(name.GetProperty("leftToRight").GetBoolean(), $"not drawn left to right: {name}");
            Assert.True(name.GetProperty("beforeLabel").GetBoolean(), $"the name should come first, at the right of its label: {name}");
        }
    }

    private async Task<IPage> ArabicPageAsync(string path, string screenshot)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSite.Screenshot(screenshot), FullPage = true });
        return page;
    }
}
