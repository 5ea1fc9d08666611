using System.Security.Cryptography;
using System.Text;
using Learning.Core.Data;
using Learning.Core.Email;
using Microsoft.AspNetCore.Identity;
using Learning.Web.Pages.Account;
using Microsoft.AspNetCore.WebUtilities;

namespace Learning.Web.Features.Accounts;

/// <summary>Queues the account e-mails (confirmation, password reset) in the user's language.</summary>
public sealed class AccountMail(UserManager<LearningUser> users, Outbox outbox, IHttpContextAccessor http)
{
    public async Task QueueConfirmationAsync(LearningUser user, string culture)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Link(AccountAddresses.ConfirmEmail(culture, user.Id, Code(token)));
        await QueueAsync("account-confirm", user, culture, token, link);
    }

    public async Task QueueResetAsync(LearningUser user, string culture)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = Link(AccountAddresses.ResetPassword(culture, user.Id, Code(token)));
        await QueueAsync("account-reset", user, culture, token, link);
    }

    public static string? DecodeToken(string? code)
    {
        try
        {
            return code is null ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private Task QueueAsync(string template, LearningUser user, string culture, string token, string link) =>
        outbox.QueueAsync(template, culture, user.Email!, $"{template}:{user.Id}:{Hash(token)}", new Dictionary<string, object?>
        {
            ["name"] = user.DisplayName,
            ["link"] = new Uri(link),
        });

    private string Link(string path)
    {
        var request = http.HttpContext!.Request;
        return $"{request.Scheme}://{request.Host}{path}";
    }

    private static string Code(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..32];
}
