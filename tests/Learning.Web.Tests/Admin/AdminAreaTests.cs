using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using Learning.Core.Audit;
using Learning.Core.Modules;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Admin;

public abstract class AdminAreaTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    private async Task<HttpClient> AdministratorAsync()
    {
        var client = site.Browser();
        await client.SignInAsync(SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        return client;
    }

    [Fact]
    public async Task Every_admin_menu_entry_of_every_module_opens_for_an_administrator()
    {
        var client = await AdministratorAsync();
        var modules = site.Services.GetRequiredService<ModuleCatalog>();

        var dashboard = await client.GetDocumentAsync("/admin");
        var links = dashboard.QuerySelectorAll(".admin-nav a").Select(a => a.GetAttribute("href")).ToList();

        foreach (var entry in modules.AdminMenu)
        {
            Assert.Contains(entry.Path, links);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(entry.Path)).StatusCode);
        }
    }

    [Fact]
    public async Task The_content_list_shows_which_languages_an_item_exists_in()
    {
        var client = await AdministratorAsync();

        var page = await client.GetDocumentAsync("/admin/content?type=News");
        var present = page.QuerySelectorAll("a.badge:not(.missing)").Select(a => a.TextContent.Trim()).ToList();
        var missing = page.QuerySelectorAll("a.badge.missing").Select(a => a.TextContent.Trim()).ToList();

        Assert.Equal(["en", "es", "fr"], present.Order(StringComparer.Ordinal));
        Assert.Equal(7, missing.Count);
        Assert.Contains("ar", missing);
    }

    [Fact]
    public async Task A_learner_cannot_open_the_admin_area()
    {
        var learner = site.Browser();
        await AccountFlows.RegisterConfirmedAsync(site, learner, "not-an-admin@example.org");

        var response = await learner.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("access-denied", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_administrator_creates_a_user_and_the_audit_log_says_who()
    {
        var client = await AdministratorAsync();

        var response = await client.SubmitAsync("/admin/users/new", new Dictionary<string, string>
        {
            ["Input.Email"] = "trainer@example.org", ["Input.DisplayName"] = "Amina", ["Input.Password"] = "Trainer-pass-1", ["Input.Roles"] = "Trainer",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = await site.WithDbAsync(db => db.Set<AuditEntry>().OrderByDescending(a => a.Id).FirstAsync(a => a.Subject.Contains("trainer@example.org")));
        Assert.Equal(SiteFactory.AdminEmail, entry.Actor);
    }

    [Theory]
    [InlineData("notes.txt", 100, "Only .json files can be imported.")]
    [InlineData("huge.recipe.json", 5 * 1024 * 1024 + 1, "The file is larger than 5 MB.")]
    public async Task Uploads_of_the_wrong_type_or_size_are_refused_with_a_message(string fileName, int size, string message)
    {
        var client = await AdministratorAsync();
        var page = await client.GetDocumentAsync("/admin/recipes");
        var form = (IHtmlFormElement)page.QuerySelector("form[enctype='multipart/form-data']")!;
        var content = new MultipartFormDataContent
        {
            { new StringContent(((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(new string(' ', size)));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "upload", fileName);

        var response = await client.PostAsync(form.GetAttribute("action"), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_uploaded_recipe_with_errors_lists_them_with_their_paths()
    {
        var client = await AdministratorAsync();
        var page = await client.GetDocumentAsync("/admin/recipes");
        var form = (IHtmlFormElement)page.QuerySelector("form[enctype='multipart/form-data']")!;
        var content = new MultipartFormDataContent
        {
            { new StringContent(((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value), "__RequestVerificationToken" },
            { new StringContent("{\"name\":\"x\",\"steps\":[{\"name\":\"Menus\",\"data\":[{\"id\":7}]}]}"), "upload", "bad.recipe.json" },
        };

        var html = await (await client.PostAsync(form.GetAttribute("action"), content)).Content.ReadAsStringAsync();

        Assert.Contains("steps[0].data[0].id", html);
    }
}

public sealed class SqliteAdminAreaTests(SqliteSite site) : AdminAreaTests<SqliteSite>(site);

[Trait("Category", "Postgres")]
public sealed class PostgresAdminAreaTests(PostgresSite site) : AdminAreaTests<PostgresSite>(site);
