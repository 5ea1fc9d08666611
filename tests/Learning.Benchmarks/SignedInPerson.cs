using System.Net;
using AngleSharp.Html.Parser;

namespace Learning.Benchmarks;

/// <summary>
/// Signs a person in through the real form and collects what a browser would then send: the
/// sign-in and antiforgery cookies, as one fixed header, and the addresses the person would open.
/// </summary>
internal sealed class SignedInPerson
{
    private readonly CookieContainer cookies = new();
    private readonly HttpClient client;
    private readonly string baseUrl;

    private SignedInPerson(string baseUrl)
    {
        this.baseUrl = baseUrl;
        client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
    }

    public string CookieHeader => cookies.GetCookieHeader(new Uri(baseUrl));

    public static async Task<SignedInPerson> SignInAsync(string baseUrl, string email, string password)
    {
        var person = new SignedInPerson(baseUrl);
        var form = new HtmlParser().ParseDocument(await person.client.GetStringAsync("/en/account/sign-in"));
        var token = form.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await person.client.PostAsync("/en/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Email"] = email, ["Input.Password"] = password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"signing in {email} failed: {response.StatusCode}");
        }
        return person;
    }

    /// <summary>The first address on a page that matches the selector, opened once so that its cookies are kept.</summary>
    public async Task<string> FindAsync(string page, string selector)
    {
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(page));
        var href = document.QuerySelector(selector)?.GetAttribute("href") ?? throw new InvalidOperationException($"{page} has no {selector}");
        await OpenAsync(href);
        return baseUrl + href;
    }

    /// <summary>Opens an address as the person, failing unless it answers 200.</summary>
    public async Task OpenAsync(string path)
    {
        var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{path} answered {response.StatusCode} to the signed-in person");
        }
    }
}
