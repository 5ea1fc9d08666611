using Learning.Core.Modules;
using Learning.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Web.Features.Navigation;

public sealed class AccountLinksViewComponent(PermissionGrants grants) : ViewComponent
{
    public IViewComponentResult Invoke() =>
        View(grants.Allows(HttpContext.User, SitePermissions.AccessAdmin.Name));
}

/// <summary>The admin navigation: every module's entries the user may open.</summary>
public sealed class AdminMenuViewComponent(ModuleCatalog modules, PermissionGrants grants) : ViewComponent
{
    public IViewComponentResult Invoke() =>
        View(modules.AdminMenu.Where(e => grants.Allows(HttpContext.User, e.Permission)).ToList());
}
