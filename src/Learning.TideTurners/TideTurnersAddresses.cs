namespace Learning.TideTurners;

/// <summary>
/// The addresses of the Tide Turners pages, for their links, redirects and e-mails, and of the Open
/// Badges documents, which <see cref="Badges.OpenBadgeDocuments"/> makes absolute.
/// </summary>
public static class TideTurnersAddresses
{
    public const string Admin = "/admin/tide-turners";

    public static string Challenge(string culture) => $"/{culture}/tide-turners";

    public static string Groups(string culture) => $"{Challenge(culture)}/groups";

    public static string Group(string culture, long groupId) => $"{Groups(culture)}/{groupId}";

    public static string Youth(string culture, long youthId) => $"{Challenge(culture)}/youths/{youthId}";

    public static string Badge(string culture, Guid badgeId) => $"{Challenge(culture)}/badges/{badgeId}";

    public static string Review(string culture) => $"{Challenge(culture)}/review";

    public static string Counts(string culture) => $"{Challenge(culture)}/counts";

    public const string OpenBadgesIssuer = "/openbadges/issuer";

    /// <summary>The one key there was before keys could be rotated.</summary>
    public const string OpenBadgesFirstKey = OpenBadgesIssuer + "/key";

    public const string OpenBadgesStatus = "/openbadges/status";

    /// <summary>What precedes a key's id in its address.</summary>
    internal const string OpenBadgesKeys = OpenBadgesIssuer + "/keys/";

    public static string OpenBadgesKey(string keyId) => OpenBadgesKeys + keyId;

    public static string OpenBadgesCredential(Guid credentialId) => $"/openbadges/credentials/{credentialId}";

    public static string OpenBadgesAchievement(string levelId) => $"/openbadges/achievements/{levelId}";
}
