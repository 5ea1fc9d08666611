namespace Learning.TideTurners;

/// <summary>
/// The addresses of the Tide Turners pages, for their links, redirects and e-mails; the Open Badges
/// documents name theirs in <see cref="Badges.OpenBadgeDocuments"/>.
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
}
