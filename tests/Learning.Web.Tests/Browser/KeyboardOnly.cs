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

    /// <summary>Presses a button or link that loads another page, and waits until that page is there.</summary>
    public static async Task SubmitAsync(IPage page, string selector)
    {
        await FocusAsync(page, selector);
        var loaded = new TaskCompletionSource();
        void OnLoad(object? sender, IPage loadedPage) => loaded.TrySetResult();
        page.Load += OnLoad;
        try
        {
            await page.Keyboard.PressAsync("Enter");
            await loaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            page.Load -= OnLoad;
        }
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

    /// <summary>
    /// Types a date, or a date and time, into a date or datetime-local field segment by segment, as
    /// the en-US browser shows it (month, day, year, hour, minute, AM/PM). The year segment does not
    /// move on by itself (years may have more digits), so the right arrow moves on from it.
    /// </summary>
    public static async Task TypeDateAsync(IPage page, string selector, DateTime value, bool withTime = false)
    {
        await FocusAsync(page, selector);
        await page.Keyboard.TypeAsync(value.ToString("MMddyyyy", System.Globalization.CultureInfo.InvariantCulture));
        if (withTime)
        {
            await page.Keyboard.PressAsync("ArrowRight");
            await page.Keyboard.TypeAsync(value.ToString("hhmmtt", System.Globalization.CultureInfo.InvariantCulture)[..5]);
        }
        var expected = value.ToString(withTime ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, await page.Locator(selector).First.InputValueAsync());
    }

    /// <summary>
    /// A radio button is chosen as a person does it: Tab enters its group at the first button (none
    /// is chosen yet), the space bar chooses it and the arrow keys move the choice on.
    /// </summary>
    public static async Task PickAsync(IPage page, string radio)
    {
        var choice = page.Locator(radio);
        var name = await choice.GetAttributeAsync("name");
        await FocusAsync(page, $"input[type=radio][name='{name}']");
        await page.Keyboard.PressAsync("Space");
        for (var i = 0; i < 20 && !await choice.IsCheckedAsync(); i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }
        Assert.True(await choice.IsCheckedAsync(), $"{radio} cannot be chosen with the arrow keys");
    }

    /// <summary>
    /// A select box changes with the arrow keys; in a long list a person types the start of the
    /// option's text instead. The option is chosen by its value.
    /// </summary>
    public static async Task ChooseAsync(IPage page, string selector, string value)
    {
        await FocusAsync(page, selector);
        var select = page.Locator(selector).First;
        var target = await select.EvaluateAsync<int>("(s, v) => [...s.options].findIndex(o => o.value === v)", value);
        Assert.True(target >= 0, $"{selector} has no option {value}");
        await page.Keyboard.PressAsync("Home");
        if (target > 10)
        {
            await page.Keyboard.TypeAsync(await select.EvaluateAsync<string>("(s, i) => s.options[i].text.trim()", target));
        }
        for (var i = 0; i < target && await select.InputValueAsync() != value; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }
        Assert.Equal(value, await select.InputValueAsync());
    }

    /// <summary>A file field opens the file chooser with the space bar; the chooser is answered with the file.</summary>
    public static async Task UploadAsync(IPage page, string selector, string path)
    {
        await FocusAsync(page, selector);
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.Keyboard.PressAsync("Space"));
        await chooser.SetFilesAsync(path);
    }

    /// <summary>
    /// Tabs to the control: onwards from the control that has focus when the wanted one comes later
    /// in the page, as a person filling in a form goes on; otherwise from the top of the page.
    /// </summary>
    public static async Task FocusAsync(IPage page, string selector)
    {
        var located = page.Locator(selector).First;
        await located.WaitForAsync();
        // One handle for the whole walk: re-resolving the selector after every Tab doubles the time.
        var target = (await located.ElementHandleAsync())!;
        if (!await target.EvaluateAsync<bool>(FollowsFocus))
        {
            await StartAtTopAsync(page);
            await SkipToContentAsync(page, target);
        }
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

    private const string FollowsFocus =
        "e => { const a = document.activeElement; return !!a && a !== document.body && a !== e && (a.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0; }";

    // Blurring alone leaves Chromium's starting point for Tab at the element that had focus; a
    // focused, then removed, marker before everything else puts it at the top of the page.
    private static Task StartAtTopAsync(IPage page) => page.EvaluateAsync(
        "() => { const m = document.createElement('span'); m.tabIndex = -1; document.body.prepend(m); m.focus(); m.remove(); window.getSelection()?.removeAllRanges(); }");

    /// <summary>For a control in the main content, the first Tab reaches the skip link and Enter moves focus past the header, as people using the keyboard do.</summary>
    private static async Task SkipToContentAsync(IPage page, IElementHandle target)
    {
        if (!await target.EvaluateAsync<bool>("e => !!e.closest('main#main') && !!document.querySelector('a.skip-link[href=\"#main\"]')"))
        {
            return;
        }
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement?.matches('a.skip-link') === true"), $"the first Tab on {page.Url} does not reach the skip link");
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement?.id === 'main'"), $"the skip link on {page.Url} does not move focus to the main content");
    }

    // An outline or a box shadow of its own: what :focus-visible styles draw.
    private static Task<bool> FocusIsVisibleAsync(IElementHandle target) => target.EvaluateAsync<bool>(
        "e => { const s = getComputedStyle(e); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }");
}
