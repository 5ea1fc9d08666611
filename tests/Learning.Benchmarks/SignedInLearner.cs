using System.Net;
using AngleSharp.Html.Parser;

namespace Learning.Benchmarks;

/// <summary>Signs a seeded learner in through the real form and finds the lesson they would resume.</summary>
internal static class SignedInLearner
{
    public static async Task<(string Cookie, string LessonUrl)> SignInAsync(string baseUrl, string email, string password)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        var form = new HtmlParser().ParseDocument(await client.GetStringAsync("/en/account/sign-in"));
        var token = form.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await client.PostAsync("/en/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Email"] = email, ["Input.Password"] = password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"signing in {email} failed: {response.StatusCode}");
        }
        var learning = new HtmlParser().ParseDocument(await client.GetStringAsync("/en/learning"));
        var resume = learning.QuerySelector("ul.enrolments a.button[href*='/lessons/']")?.GetAttribute("href")
            ?? throw new InvalidOperationException("the learner has no lesson to resume");
        var auth = cookies.GetCookies(new Uri(baseUrl))["learning.auth"]!;
        return ($"learning.auth={auth.Value}", baseUrl + resume);
    }
}
