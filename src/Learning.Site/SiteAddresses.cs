namespace Learning.Site;

/// <summary>The addresses of the site's admin screens, for their links, redirects and the admin menu.</summary>
public static class SiteAddresses
{
    public const string Admin = "/admin";

    public const string Users = Admin + "/users";

    public const string NewUser = Users + "/new";

    public const string Roles = Admin + "/roles";

    public const string Content = Admin + "/content";

    /// <summary>The menu's section of the content screen.</summary>
    public const string ContentMenu = Content + "#menu";

    public const string NewContent = Content + "/edit";

    public const string Recipes = Admin + "/recipes";

    public const string Settings = Admin + "/settings";

    public const string EmailTemplates = Settings + "/email";

    public const string Outbox = Admin + "/outbox";

    public const string Audit = Admin + "/audit";

    /// <summary>Not a page: the host mounts the jobs dashboard here.</summary>
    public const string Jobs = Admin + "/jobs";

    public static string User(string userId) => $"{Users}/{E(userId)}";

    public static string DeleteUser(string userId) => $"{User(userId)}/delete";

    public static string EditContent(string contentItemId) => $"{NewContent}/{E(contentItemId)}";

    /// <summary>A new translation of a content item, its form filled in with the item's set and type.</summary>
    public static string NewTranslation(string set, string contentType, string culture) =>
        $"{NewContent}?set={E(set)}&type={E(contentType)}&culture={E(culture)}";

    public static string RemoveMenuItem(string menuItemId) => $"{Content}/menu/{E(menuItemId)}/remove";

    public static string EmailTemplate(string name, string culture) => $"{EmailTemplates}/{E(name)}/{E(culture)}";

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
