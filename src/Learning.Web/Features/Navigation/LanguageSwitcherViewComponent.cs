using Learning.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Web.Features.Navigation;

/// <summary>Links to this page, or its translation, in every language of the site.</summary>
public sealed class LanguageSwitcherViewComponent(PageAlternates alternates) : ViewComponent
{
    public IViewComponentResult Invoke() => View(alternates.All().ToList());
}
