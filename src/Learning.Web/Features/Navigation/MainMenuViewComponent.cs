using System.Globalization;
using Learning.Core.Caching;
using Learning.Core.Content;
using Learning.Core.Data;
using Learning.Web.Operations;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Features.Navigation;

public sealed record MenuLink(string Title, string Url);

/// <summary>The main menu in the current language; entries without a translation are left out.</summary>
public sealed class MainMenuViewComponent(LearningDbContext db, PublicCache cache) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        if (DatabaseOutage.Is(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error))
        {
            // The page explains that the database is away; asking it for the menu would only delay that.
            return View(new List<MenuLink>());
        }
        return View(await cache.GetOrLoadAsync("main-menu:" + culture, () => LoadAsync(culture)));
    }

    private async Task<List<MenuLink>> LoadAsync(string culture)
    {
        var links = await (
            from item in db.Set<MenuItem>().AsNoTracking()
            join page in db.Set<ContentItemVersion>().AsNoTracking() on item.LocalizationSet equals page.Localization.Set
            where item.Menu == "main" && page.Published && page.Localization.Culture == culture
            orderby item.Order
            select new { page.ContentType, page.Title.Text, page.Route.Slug }).ToListAsync();
        return links.Select(l => new MenuLink(l.Text, ContentTypes.PathOf(l.ContentType, culture, l.Slug))).ToList();
    }
}
