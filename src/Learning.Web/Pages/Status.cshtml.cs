using System.Globalization;
using Learning.Core.Cultures;
using Learning.Web.Operations;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Web.Pages;

/// <summary>A friendly page for error status codes, in the visitor's language. The status code is kept.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel(PoStringLocalizer t) : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet() => Describe();

    // A post may end here with a body nobody read, such as an upload refused for its size: the code
    // is taken from the address alone, so that no form is read.
    public void OnPost() => Describe();

    private void Describe()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, out var parsed) ? parsed : 400;
        if (code >= 500 && DatabaseOutage.Is(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error))
        {
            // Not a fault of the site's code: the database is away for a moment, so say when to come back.
            code = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = ((int)DatabaseOutage.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
        Response.StatusCode = code is >= 400 and < 600 ? code : 400;
        (Title, Explanation) = code switch
        {
            400 => (t["The request could not be understood"], t["Please check what you entered and try again."]),
            403 => (t["Access denied"], t["You do not have permission to open this page."]),
            404 => (t["Page not found"], t["There is no page at this address."]),
            413 => (t["The file is too large"], t["The file you sent is larger than this form accepts. Choose a smaller file and try again."]),
            503 => (t["The site is briefly unavailable"], t["It cannot reach its data just now. Please try again in a minute."]),
            429 => (t["Too many attempts"], t["This form was sent too often from your connection. Please wait a minute and try again."]),
            >= 500 => (t["Something went wrong"], t["The site could not complete your request. Please try again in a moment."]),
            _ => (t["The request could not be completed"], t["Please try again."]),
        };
    }
}
