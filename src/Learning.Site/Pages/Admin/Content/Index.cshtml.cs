using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Learning.Core.Admin;
using Learning.Core.Audit;
using Learning.Core.Content;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Security;
using Learning.Site.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Learning.Site.Pages.Admin.Content;

public sealed class MenuInput
{
    [Required(ErrorMessage = "Choose a localization set.")]
    [Display(Name = "Localization set")]
    public string Set { get; set; } = "";

    [Range(0, 100_000, ErrorMessage = "Enter a whole number from 0 to 100000.")]
    [Display(Name = "Order")]
    public int Order { get; set; }
}

[Authorize(Policy = SitePermissions.ManageContentName)]
public sealed class IndexModel(LearningDbContext db, ContentStore store, AuditLog audit, PoStringLocalizer t) : PageModel
{
    public const string MainMenu = "main";

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Lang { get; set; }

    /// <summary>"missing" lists the items that lack a translation in <see cref="Lang"/>; anything else, those that have one.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = Paging.Key)]
    public int P { get; set; } = 1;

    [BindProperty]
    public MenuInput Menu { get; set; } = new();

    public List<ContentSet> AllSets { get; private set; } = [];

    public PageOf<ContentSet> Sets { get; private set; } = new([], 1, 1, 0);

    public List<MenuItem> MenuItems { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddMenuAsync()
    {
        await LoadAsync();
        if (ModelState.IsValid && AllSets.All(s => s.Set != Menu.Set))
        {
            ModelState.AddModelError("Menu.Set", t["There is no content with this localization set."]);
        }
        if (ModelState.IsValid && MenuItems.Any(m => m.LocalizationSet == Menu.Set))
        {
            ModelState.AddModelError("Menu.Set", t["This item is already in the menu."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var item = new MenuItem { Id = await NewMenuIdAsync(Menu.Set), Menu = MainMenu, LocalizationSet = Menu.Set, Order = Menu.Order };
        db.Add(item);
        audit.Record("menu.added", item.Id, $"{MainMenu}: {item.LocalizationSet} at {item.Order}");
        await db.SaveChangesAsync();
        TempData["Message"] = t["The menu entry was added."].Value;
        return Redirect(SiteAddresses.Content);
    }

    public string Title(MenuItem item) => AllSets.FirstOrDefault(s => s.Set == item.LocalizationSet)?.Title ?? "";

    private async Task LoadAsync()
    {
        AllSets = ContentSet.From(await store.AllLatestAsync(), CultureInfo.CurrentUICulture.Name);
        Sets = AllSets.Where(Matches).ToList().Page(P);
        MenuItems = await db.Set<MenuItem>().AsNoTracking().Where(m => m.Menu == MainMenu)
            .OrderBy(m => m.Order).ThenBy(m => m.Id).ToListAsync();
    }

    private bool Matches(ContentSet set) =>
        (string.IsNullOrEmpty(Type) || set.ContentType == Type) &&
        (string.IsNullOrEmpty(Lang) || set.ByCulture.ContainsKey(Lang) == (State != "missing"));

    private async Task<string> NewMenuIdAsync(string set)
    {
        var stem = $"{MainMenu}-{set}";
        stem = stem[..Math.Min(stem.Length, 90)];
        var id = stem;
        for (var n = 2; await db.Set<MenuItem>().AnyAsync(m => m.Id == id); n++)
        {
            id = $"{stem}-{n}";
        }
        return id;
    }
}
