using Learning.Core.Cultures;
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
        Response.StatusCode = code is >= 400 and < 600 ? code : 400;
        (Title, Explanation) = code switch
        {
            400 => (t["The request could not be understood"], t["Please check what you entered and try again."]),
            403 => (t["Access denied"], t["You do not have permission to open this page."]),
            404 => (t["Page not found"], t["There is no page at this address."]),
            429 => (t["Too many attempts"], t["This form was sent too often from your connection. Please wait a minute and try again."]),
            >= 500 => (t["Something went wrong"], t["The site could not complete your request. Please try again in a moment."]),
            _ => (t["The request could not be completed"], t["Please try again."]),
        };
    }
}
