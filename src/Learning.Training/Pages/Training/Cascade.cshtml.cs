using Learning.Core.Pages;
using Learning.Training.Cascade;
using Microsoft.AspNetCore.Mvc;

namespace Learning.Training.Pages.Training;

/// <summary>The cascade of a country (KE) or a region (east-africa): who trained whom, how deep, and the totals.</summary>
public sealed class CascadeModel(CascadeView view) : SitePage
{
    public CascadeReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string place)
    {
        if (place.Length > 100 || await view.ForAsync(place, Aborted) is not { } report)
        {
            return NotFound();
        }
        Report = report;
        return Page();
    }
}
