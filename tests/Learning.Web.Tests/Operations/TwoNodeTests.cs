using System.Net;
using Learning.Core.Caching;
using Learning.Core.Content;
using Learning.Core.Data;
using Learning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Operations;

/// <summary>
/// Two web nodes on one PostgreSQL database, each with its own data folder, as behind a load
/// balancer: a session and a form begun on one continue on the other, and an edit shows on both.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class TwoNodeTests(PostgresSite nodeA) : IClassFixture<PostgresSite>
{
    [Fact]
    public async Task A_user_signed_in_on_one_node_continues_on_the_other()
    {
        using var nodeB = ((PostgresSite)nodeA).SecondNode();
        var cookies = new CookieContainer();
        var onA = Client(nodeA, cookies);
        var onB = Client(nodeB, cookies);

        await onA.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        var page = await onB.GetAsync("/admin/users");
        var tokenFromA = (await onA.GetDocumentAsync("/en/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var signOutOnB = await onB.PostAsync("/en/account/sign-out", new FormUrlEncodedContent([new("__RequestVerificationToken", tokenFromA)]));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOutOnB.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await onA.GetAsync("/admin/users")).StatusCode);
        Assert.NotEqual(nodeA.DataPath, nodeB.DataPath);
    }

    [Fact]
    public async Task An_edit_on_one_node_shows_on_the_other_within_the_kept_pages_lifetime()
    {
        using var nodeB = ((PostgresSite)nodeA).SecondNode();
        await SaveAsync(nodeA, "First text on two nodes");
        var visitorOnB = nodeB.Browser();
        Assert.Contains("First text on two nodes", await visitorOnB.GetStringAsync("/en/two-nodes"));

        await SaveAsync(nodeA, "Second text on two nodes");
        var onA = await nodeA.Browser().GetStringAsync("/en/two-nodes");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        // Node B's kept copy was not told of the edit; it lives at most PublicContentChanges.MaxAge.
        while (!(await visitorOnB.GetStringAsync("/en/two-nodes")).Contains("Second text on two nodes") && waited.Elapsed < PublicContentChanges.MaxAge + TimeSpan.FromSeconds(5))
        {
            await Task.Delay(500);
        }

        Assert.Contains("Second text on two nodes", onA);
        Assert.Contains("Second text on two nodes", await visitorOnB.GetStringAsync("/en/two-nodes"));
    }

    private static Task<bool> SaveAsync(SiteFactory node, string body) => node.WithScopeAsync(async sp =>
    {
        var draft = new ContentItemVersion
        {
            ContentItemId = "page-two-nodes-en", Title = new TitlePart { Text = "Two nodes" }, Body = new BodyPart { Markdown = body },
            Route = new RoutePart { Slug = "two-nodes" }, Localization = new LocalizationPart { Culture = "en", Set = "two-nodes" },
        };
        var changed = await sp.GetRequiredService<ContentStore>().SaveAsync(draft, true, "test");
        await sp.GetRequiredService<LearningDbContext>().SaveChangesAsync();
        return changed;
    });

    private static HttpClient Client(SiteFactory node, CookieContainer cookies) =>
        node.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
}
