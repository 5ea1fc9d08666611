using System.Globalization;
using Learning.CleanSeas.Registry;
using Learning.Core.Caching;
using Learning.Core.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Learning.CleanSeas.Pages.CleanSeas;

/// <summary>
/// The campaign: its text as editors wrote it (the <c>clean-seas</c> content page in this language,
/// which this address takes over), counters, the signatory countries, and the regional campaigns.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicCache.PagePolicy)]
public sealed class IndexModel(RegistryQuery registry, ContentText content) : PageModel
{
    private const string CampaignPage = "clean-seas";

    public Counters Counters { get; private set; } = null!;

    public List<Region> Regions { get; private set; } = [];

    public IHtmlContent? CampaignText { get; private set; }

    public async Task OnGetAsync()
    {
        CampaignText = await content.OfAsync(CampaignPage, CultureInfo.CurrentUICulture.Name, HttpContext.RequestAborted);
        Counters = await registry.CountAsync(HttpContext.RequestAborted);
        Regions = await registry.RegionsAsync(HttpContext.RequestAborted);
    }
}
