using Microsoft.Playwright;

namespace Learning.Web.Tests.Browser;

/// <summary>
/// Drives a page as someone without a mouse: Tab until the wanted control has focus, check that
/// the focus can be seen, then type or press Enter. A control that Tab never reaches fails.
/// </summary>
public static class KeyboardOnly
{
    private const int MaxTabs = 250;

    public static async Task PressAsync(IPage page, string selector)
    {
        await FocusAsync(page, selector);
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Checkboxes and radio buttons toggle with the space bar.</summary>
    public static async Task ToggleAsync(IPage page, string selector)
    {
        await FocusAsync(page, selector);
        await page.Keyboard.PressAsync("Space");
    }

    public static async Task TypeAsync(IPage page, string selector, string text)
    {
        await FocusAsync(page, selector);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.InsertTextAsync(text);
    }

    /// <summary>A select box changes with the arrow keys; the option is chosen by its value.</summary>
    public static async Task ChooseAsync(IPage page, string selector, string value)
    {
        await FocusAsync(page, selector);
        var target = await page.Locator(selector).EvaluateAsync<int>("(s, v) => [...s.options].findIndex(o => o.value === v)", value);
        Assert.True(target >= 0, $"{selector} has no option {value}");
        await page.Keyboard.PressAsync("Home");
        for (var i = 0; i < target; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }
        Assert.Equal(value, await page.Locator(selector).InputValueAsync());
    }

    public static async Task FocusAsync(IPage page, string selector)
    {
        var target = page.Locator(selector).First;
        await target.WaitForAsync();
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.getSelection()?.removeAllRanges(); }");
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                Assert.True(await FocusIsVisibleAsync(target), $"{selector} has focus on {page.Url} but shows no focus indicator");
                return;
            }
        }
        Assert.Fail($"{selector} on {page.Url} cannot be reached with the Tab key");
    }

    // An outline or a box shadow of its own: what :focus-visible styles draw.
    private static Task<bool> FocusIsVisibleAsync(ILocator target) => target.EvaluateAsync<bool>(
        "e => { const s = getComputedStyle(e); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }");
}
