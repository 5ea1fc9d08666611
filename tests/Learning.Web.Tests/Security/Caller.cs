using Learning.Core.Data;
using Learning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Security;

/// <summary>Someone calling the site: nobody signed in, or a user holding one role of the setup recipe.</summary>
public sealed record Caller(string Name, string? Role)
{
    public static readonly Caller[] All =
    [
        new("anonymous", null), new("learner", "Learner"), new("editor", "Editor"), new("moderator", "CampaignModerator"), new("administrator", "Administrator"),
    ];

    public const string Password = "Matrix-pass-2026";

    /// <summary>A client signed in as this caller, and the antiforgery token its forms carry.</summary>
    public async Task<(HttpClient Client, string Token)> SignInAsync(SiteFactory site)
    {
        var client = site.Browser();
        if (Role is not null)
        {
            var email = $"{Name}-{Guid.NewGuid():N}@matrix.example.org";
            await site.WithScopeAsync(async sp =>
            {
                var users = sp.GetRequiredService<UserManager<LearningUser>>();
                var user = new LearningUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = Name, CreatedUtc = DateTimeOffset.UtcNow };
                Assert.True((await users.CreateAsync(user, Password)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, Role)).Succeeded);
                return 0;
            });
            await client.SignInAsync(email, Password);
        }
        // The sign-in form for a visitor, the sign-out form in the header for everyone else.
        var page = await client.GetDocumentAsync(Role is null ? "/en/account/sign-in" : "/en/");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), $"no form with an antiforgery token for {Name}");
        return (client, token);
    }
}
