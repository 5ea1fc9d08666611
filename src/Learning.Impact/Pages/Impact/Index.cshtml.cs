using Learning.Impact.Dashboard;
using Microsoft.AspNetCore.Authorization;

namespace Learning.Impact.Pages.Impact;

/// <summary>The public impact dashboard. Not output-cached: the figures come from records that change without touching public content.</summary>
[AllowAnonymous]
public sealed class IndexModel(ImpactDashboard dashboard) : DashboardPage(dashboard)
{
    public async Task OnGetAsync(string? from, string? to, string? country) => await LoadAsync(from, to, country);
}
