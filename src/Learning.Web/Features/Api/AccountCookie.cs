namespace Learning.Web.Features.Api;

/// <summary>The sign-in cookie, named once for the account set-up and the API document.</summary>
public static class AccountCookie
{
    public const string Name = "learning.auth";
}
