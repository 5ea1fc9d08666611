using System.Globalization;
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

[Authorize(Policy = SitePermissions.ManageContentName)]
public sealed class EditModel(LearningDbContext db, ContentStore store, CultureCatalog cultures, AuditLog audit, PoStringLocalizer t)
    : PageModel
{
    private readonly ContentChecks checks = new(db, store, cultures, t);

    [BindProperty]
    public ContentInput Input { get; set; } = new();

    /// <summary>The item's id; null while a new item is being written.</summary>
    public string? ItemId { get; private set; }

    public List<ContentItemVersion> History { get; private set; } = [];

    public string? PublicUrl => History.FirstOrDefault(v => v.Published) is { } live
        ? ContentTypes.PathOf(live.ContentType, live.Localization.Culture, live.Route.Slug)
        : null;

    public async Task<IActionResult> OnGetAsync(string? id, string? set, string? type, string? culture)
    {
        if (id is null)
        {
            Input = new ContentInput
            {
                Set = set ?? "",
                ContentType = ContentTypes.All.FirstOrDefault(c => c == type) ?? ContentTypes.Page,
                Culture = cultures.Find(culture)?.Culture ?? CultureInfo.CurrentUICulture.Name,
            };
            return Page();
        }
        if (await store.LatestAsync(id) is not { } latest)
        {
            return NotFound();
        }
        Input = new ContentInput
        {
            ContentType = latest.ContentType, Set = latest.Localization.Set, Culture = latest.Localization.Culture,
            Title = latest.Title.Text, Slug = latest.Route.Slug, Body = latest.Body.Markdown,
        };
        await LoadHistoryAsync(id);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string? id) => SaveAsync(id, publish: false);

    public Task<IActionResult> OnPostPublishAsync(string? id) => SaveAsync(id, publish: true);

    public async Task<IActionResult> OnPostPublishVersionAsync(string id, int number)
    {
        var version = await db.Set<ContentItemVersion>().FirstOrDefaultAsync(v => v.ContentItemId == id && v.Number == number);
        if (version is null)
        {
            return NotFound();
        }
        if (await store.SlugTakenAsync(version.ContentType, version.Localization.Culture, version.Route.Slug, id))
        {
            return Done(id, t["Another item now uses the address of this version, so it cannot be published."]);
        }
        await store.SetPublishedAsync(version, true);
        audit.Record("content.published", id, $"version {number}");
        await db.SaveChangesAsync();
        return Done(id, t["Version {0} is now published.", number]);
    }

    public async Task<IActionResult> OnPostUnpublishAsync(string id)
    {
        var live = await db.Set<ContentItemVersion>().Where(v => v.ContentItemId == id && v.Published).ToListAsync();
        if (live.Count == 0)
        {
            return await store.LatestAsync(id) is null ? NotFound() : Done(id, t["This item is not published."]);
        }
        live.ForEach(v => v.Published = false);
        audit.Record("content.unpublished", id);
        await db.SaveChangesAsync();
        return Done(id, t["The item is no longer published."]);
    }

    private async Task<IActionResult> SaveAsync(string? id, bool publish)
    {
        var latest = id is null ? null : await store.LatestAsync(id);
        if (id is not null && latest is null)
        {
            return NotFound();
        }
        await checks.CheckAsync(Input, id, ModelState);
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id);
        }
        var itemId = id ?? await checks.NewIdAsync(Input);
        var draft = Draft(itemId);
        // "Save draft" of unchanged content must not take the published version offline.
        if (!publish && latest is not null && latest.SameContentAs(draft))
        {
            return Done(itemId, t["Nothing changed."]);
        }
        try
        {
            if (!await store.SaveAsync(draft, publish, audit.CurrentActor))
            {
                return Done(itemId, t["Nothing changed."]);
            }
            audit.Record(publish ? "content.published" : "content.saved", itemId, $"{draft.Localization.Culture}: {draft.Title.Text}");
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, t["Someone else saved this item at the same time. Reload the page and try again."]);
            return await RedisplayAsync(id);
        }
        return Done(itemId, publish ? t["The item was published."] : t["The draft was saved."]);
    }

    private ContentItemVersion Draft(string itemId) => new()
    {
        ContentItemId = itemId,
        ContentType = Input.ContentType,
        Title = new TitlePart { Text = Input.Title.Trim() },
        Body = new BodyPart { Markdown = Input.Body },
        Route = new RoutePart { Slug = Input.Slug },
        Localization = new LocalizationPart { Culture = Input.Culture, Set = Input.Set },
    };

    private async Task<IActionResult> RedisplayAsync(string? id)
    {
        if (id is not null)
        {
            await LoadHistoryAsync(id);
        }
        return Page();
    }

    private async Task LoadHistoryAsync(string id)
    {
        ItemId = id;
        History = await store.HistoryAsync(id);
    }

    private RedirectResult Done(string id, string message)
    {
        TempData["Message"] = message;
        return Redirect(SiteAddresses.EditContent(id));
    }
}
