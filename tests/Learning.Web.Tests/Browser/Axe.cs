using System.Text.Json;
using Learning.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Learning.Web.Tests.Browser;

/// <summary>
/// Runs axe-core (from npm, see tests/axe) inside a page and fails on any serious or critical
/// violation. Each page's full result is kept under artifacts/accessibility for reading.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(TestEnvironment.AxeScript));

    public static async Task CheckAsync(IPage page, string name)
    {
        var serious = await SeriousViolationsAsync(page, name);
        Assert.True(serious.Count == 0, $"{name} ({page.Url}) has serious accessibility violations:\n" + string.Join("\n", serious));
    }

    /// <summary>The serious and critical violations, one line each, for checks that sweep many pages before failing.</summary>
    public static async Task<List<string>> SeriousViolationsAsync(IPage page, string name)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script.Value });
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { resultTypes: ['violations'] }); return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })); }");
        var folder = Path.Combine(TestEnvironment.Artifacts, "accessibility");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".json"), json.GetRawText());
        return json.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} at {string.Join(", ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))}")
            .ToList();
    }
}
