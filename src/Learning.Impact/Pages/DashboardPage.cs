using Learning.Impact.Dashboard;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Impact.Pages;

/// <summary>The public and the administrators' dashboards: read the filter, measure, and answer 400 to a filter that cannot be read.</summary>
public abstract class DashboardPage(ImpactDashboard dashboard) : PageModel
{
    public DashboardView View { get; private set; } = DashboardView.None;

    /// <summary>False when the filter was refused; the page then shows why, with status 400.</summary>
    protected async Task<bool> LoadAsync(string? from, string? to, string? country)
    {
        View = await dashboard.ReadAsync(new FilterInput(from, to, country), HttpContext.RequestAborted);
        if (View.Errors.Count == 0)
        {
            return true;
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return false;
    }
}
