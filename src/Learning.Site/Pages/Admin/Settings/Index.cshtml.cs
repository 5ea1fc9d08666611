using System.ComponentModel.DataAnnotations;
using Learning.Core;
using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Security;
using Learning.Core.Settings;
using Learning.Core.Themes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Learning.Site.Pages.Admin.Settings;

public sealed class SettingInput
{
    // A forged form without a key gets "no such setting", not a null key.
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Key { get; set; } = "";

    [StringLength(2000, ErrorMessage = "Use at most 2000 characters.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Value { get; set; } = "";
}

/// <summary>Every setting a module defines, each checked by its own definition.</summary>
[Authorize(Policy = SitePermissions.ManageSettingsName)]
public sealed class IndexModel(
    LearningDbContext db, IEnumerable<SettingDefinition> definitions, ThemeSelector themes, SiteState state, AuditLog audit, PoStringLocalizer t)
    : PageModel
{
    private readonly Dictionary<string, SettingDefinition> known = definitions.ToDictionary(d => d.Key, StringComparer.Ordinal);

    [BindProperty]
    public List<SettingInput> Values { get; set; } = [];

    public IReadOnlyList<ITheme> PublicThemes => themes.PublicThemes;

    public string DescriptionOf(string key) => known.TryGetValue(key, out var d) ? d.Description : key;

    public string InputTypeOf(string key) => known.TryGetValue(key, out var d) ? d.InputType : "text";

    public async Task OnGetAsync()
    {
        var stored = await db.Set<SiteSetting>().AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value);
        Values = known.Keys.Order(StringComparer.Ordinal)
            .Select(key => new SettingInput { Key = key, Value = stored.GetValueOrDefault(key) ?? Fallback(key) })
            .ToList();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Check();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var changed = 0;
        foreach (var input in Values)
        {
            changed += await ApplyAsync(input) ? 1 : 0;
        }
        await db.SaveChangesAsync();
        await state.ReloadAsync(db);
        TempData["Message"] = (changed == 0 ? t["Nothing changed."] : t["The settings were saved."]).Value;
        return Redirect(SiteAddresses.Settings);
    }

    private void Check()
    {
        if (Values.Select(v => v.Key).Distinct(StringComparer.Ordinal).Count() != Values.Count)
        {
            ModelState.AddModelError(string.Empty, t["A setting was sent twice."]);
        }
        for (var i = 0; i < Values.Count; i++)
        {
            if (!known.TryGetValue(Values[i].Key, out var definition))
            {
                ModelState.AddModelError(string.Empty, t["There is no setting named {0}.", Values[i].Key]);
            }
            else if (definition.Check(Values[i].Value) is { } problem)
            {
                ModelState.AddModelError($"Values[{i}].Value", t[problem]);
            }
        }
    }

    private async Task<bool> ApplyAsync(SettingInput input)
    {
        var setting = await db.Set<SiteSetting>().FindAsync(input.Key);
        if (setting?.Value == input.Value)
        {
            return false;
        }
        if (setting is null)
        {
            setting = new SiteSetting { Key = input.Key };
            db.Add(setting);
        }
        audit.Record("setting.changed", input.Key, $"{setting.Value} -> {input.Value}");
        setting.Value = input.Value;
        return true;
    }

    private static string Fallback(string key) => key == SiteSettings.PublicTheme ? ThemeSelector.DefaultPublicTheme : "";
}
