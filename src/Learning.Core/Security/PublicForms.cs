namespace Learning.Core.Security;

/// <summary>
/// The rate limit for forms anyone may post without an account (registration, sign-in, password
/// reset, pledge applications): a page takes part with <c>[EnableRateLimiting(PublicForms.Policy)]</c>.
/// </summary>
public static class PublicForms
{
    public const string Policy = "public-forms";
}
