using Learning.Core.Caching;
using Learning.Core.Cultures;
using Learning.Courses.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Learning.Courses.Pages.Courses;

[AllowAnonymous]
[OutputCache(PolicyName = PublicCache.PagePolicy)]
public sealed class IndexModel(CourseCatalog catalog, CultureCatalog cultures) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Track { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Lang { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? When { get; set; }

    public List<CatalogEntry> Entries { get; private set; } = [];

    public List<Track> Tracks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // Unknown filter values are ignored rather than refused: a shared link keeps working.
        Lang = cultures.IsSupported(Lang) ? Lang : null;
        When = When is "open" or "upcoming" ? When : null;
        Tracks = await catalog.TracksAsync(HttpContext.RequestAborted);
        Track = Tracks.Any(t => t.Id == Track) ? Track : null;
        Entries = await catalog.ListAsync(Track, Lang, When, ct: HttpContext.RequestAborted);
    }
}
