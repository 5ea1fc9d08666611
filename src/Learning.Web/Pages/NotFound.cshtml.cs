using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Web.Pages;

/// <summary>Every unmatched address, including an unknown language prefix, ends here with 404.</summary>
[AllowAnonymous]
public sealed class NotFoundModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status404NotFound;
}
