using System.Net;
using Learning.CleanSeas.Pledges;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Learning.Web.Tests.Security;

/// <summary>
/// A focal point's official letter: a plain PDF only. A page, a script or a PDF that runs JavaScript
/// when the moderator opens it is refused with a message, and no application is stored.
/// </summary>
[Trait("Category", "Security")]
public sealed class UploadLetterTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string Active = "The letter contains scripts, actions or attached files. Upload a plain PDF, for example printed again to PDF.";
    private const string NotPdf = "The letter must be a PDF file of at most 2 MB.";

    public static TheoryData<string, byte[], string> Letters => new()
    {
        { "page as .pdf", UploadSamples.Html, NotPdf },
        { "script as .pdf", UploadSamples.ShellScript, NotPdf },
        { "PDF header without an end", "%PDF-1.4\n<html><script>alert(1)</script>"u8.ToArray(), NotPdf },
        { "PDF that is also a page", UploadSamples.Pdf("<< >>\n<html><body><script>alert(1)</script></body></html>"), Active },
        { "PDF with JavaScript", UploadSamples.Pdf("<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>"), Active },
        { "PDF with JavaScript in #-escaped names", UploadSamples.Pdf("<< /OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >> >>"), Active },
        { "PDF with JavaScript in a compressed stream", UploadSamples.PdfWithCompressedJavaScript(), Active },
        { "PDF that launches a program", UploadSamples.Pdf("<< /OpenAction << /S /Launch /F (cmd.exe) >> >>"), Active },
        { "PDF with an attached file", UploadSamples.Pdf("<< /Names << /EmbeddedFiles 2 0 R >> >>"), Active },
    };

    [Theory]
    [MemberData(nameof(Letters))]
    public async Task A_letter_that_is_not_a_plain_PDF_is_refused_with_a_message_and_nothing_is_stored(string what, byte[] content, string message)
    {
        var (client, email) = await FocalPointAsync();

        var response = await ApplyAsync(client, "en", content);

        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, what);
        Assert.Contains(message, await response.MainTextAsync());
        Assert.False(await site.WithDbAsync(db => db.Set<Pledge>().AnyAsync(p => p.ContactEmail == email)));
    }

    [Fact]
    public async Task A_plain_PDF_letter_is_accepted()
    {
        var (client, email) = await FocalPointAsync();

        var response = await ApplyAsync(client, "en", UploadSamples.Pdf("<< /Type /Catalog /Pages 2 0 R >>"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await site.WithDbAsync(db => db.Set<Pledge>().AnyAsync(p => p.ContactEmail == email)));
    }

    [Fact]
    public async Task A_letter_over_2_MB_is_refused_with_a_message_and_a_much_bigger_one_gets_the_413_page_in_the_visitors_language()
    {
        var (client, email) = await FocalPointAsync();
        var justOver = UploadSamples.Pdf(new string(' ', Applications.MaxLetterBytes));

        var refused = await ApplyAsync(client, "en", justOver);
        var tooBig = await ApplyAsync(client, "fr", new byte[50 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(NotPdf, await refused.MainTextAsync());
        Assert.True(tooBig.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{tooBig.StatusCode}: {await tooBig.MainTextAsync()}");
        var page = Infrastructure.Pages.Parse(await tooBig.Content.ReadAsStringAsync());
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.NotEmpty(page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.False(await site.WithDbAsync(db => db.Set<Pledge>().AnyAsync(p => p.ContactEmail == email)));
    }

    private async Task<(HttpClient Client, string Email)> FocalPointAsync()
    {
        var client = site.Browser();
        var email = $"focal-{Guid.NewGuid():N}@example.org";
        await AccountFlows.RegisterConfirmedAsync(site, client, email);
        return (client, email);
    }

    private static Task<HttpResponseMessage> ApplyAsync(HttpClient client, string culture, byte[] letter) =>
        client.PostFileAsync($"/{culture}/clean-seas/apply", $"/{culture}/clean-seas/apply", "letter", "letter.pdf", letter, new Dictionary<string, string>
        {
            ["Input.Kind"] = "organisation", ["Input.CountryCode"] = "KE", ["Input.OrganisationName"] = "Reef Friends",
        });
}
