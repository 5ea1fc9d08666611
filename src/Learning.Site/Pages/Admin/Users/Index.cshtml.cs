using Learning.Core.Admin;
using Learning.Core.Data;
using Learning.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Learning.Site.Pages.Admin.Users;

[Authorize(Policy = SitePermissions.ManageUsersName)]
public sealed class IndexModel(LearningDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = Paging.Key)]
    public int P { get; set; } = 1;

    public PageOf<LearningUser> Found { get; private set; } = new([], 1, 1, 0);

    public ILookup<string, string> RolesOf { get; private set; } = Enumerable.Empty<string>().ToLookup(x => x);

    public async Task OnGetAsync()
    {
        Found = await Search().OrderBy(u => u.Email).PageAsync(P, HttpContext.RequestAborted);
        var ids = Found.Items.Select(u => u.Id).ToList();
        var roles = await (
            from link in db.UserRoles
            join role in db.Roles on link.RoleId equals role.Id
            where ids.Contains(link.UserId)
            orderby role.Name
            select new { link.UserId, role.Name }).ToListAsync();
        RolesOf = roles.ToLookup(r => r.UserId, r => r.Name ?? "");
    }

    public bool IsLocked(LearningUser user) => user.LockoutEnd is { } end && end > clock.GetUtcNow();

    private IQueryable<LearningUser> Search()
    {
        var users = db.Users.AsNoTracking();
        if (string.IsNullOrWhiteSpace(Q))
        {
            return users;
        }
        var upper = Q.Trim().ToUpperInvariant();
        var lower = Q.Trim().ToLowerInvariant();
        return users.Where(u => u.NormalizedEmail!.Contains(upper) || u.DisplayName.ToLower().Contains(lower));
    }
}
