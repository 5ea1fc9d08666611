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

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
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
            503 => (t["The site is briefly unavailable"], t["It cannot reach its data just now. Please try again in a minute."]),
            429 => (t["Too many attempts"], t["This form was sent too often from your connection. Please wait a minute and try again."]),
            >= 500 => (t["Something went wrong"], t["The site could not complete your request. Please try again in a moment."]),
            _ => (t["The request could not be completed"], t["Please try again."]),
        };
    }
}
