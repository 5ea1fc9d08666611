namespace Learning.Web.Pages.Account;

/// <summary>The addresses of the account pages, for their links, forms, redirects and e-mails.</summary>
public static class AccountAddresses
{
    /// <summary>Without a language: the host sends the visitor on to these in theirs.</summary>
    public const string SignInInVisitorsLanguage = "/account/sign-in";

    public const string AccessDeniedInVisitorsLanguage = "/account/access-denied";

    public static string Page(string culture, string page) => $"/{culture}/account/{Uri.EscapeDataString(page)}";

    public static string SignIn(string culture) => Page(culture, "sign-in");

    public static string SignOut(string culture) => Page(culture, "sign-out");

    public static string Register(string culture) => Page(culture, "register");

    public static string ForgotPassword(string culture) => Page(culture, "forgot-password");

    /// <summary>The link of the confirmation e-mail; code is the account token, already made safe for an address.</summary>
    public static string ConfirmEmail(string culture, string userId, string code) => WithToken(Page(culture, "confirm-email"), userId, code);

    public static string ResetPassword(string culture, string userId, string code) => WithToken(Page(culture, "reset-password"), userId, code);

    private static string WithToken(string page, string userId, string code) => $"{page}?userId={Uri.EscapeDataString(userId)}&code={code}";
}
