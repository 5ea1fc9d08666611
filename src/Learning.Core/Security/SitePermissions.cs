using Learning.Core.Modules;
using static Learning.Core.Cultures.UiText;

namespace Learning.Core.Security;

/// <summary>
/// The permissions of the site itself; each programme module declares its own. Each name is a
/// constant as well, because attributes need constants, and is also the permission's policy.
/// </summary>
public static class SitePermissions
{
    public const string AccessAdminName = "AccessAdmin";
    public const string ManageUsersName = "ManageUsers";
    public const string ManageRolesName = "ManageRoles";
    public const string ManageContentName = "ManageContent";
    public const string ManageRecipesName = "ManageRecipes";
    public const string ManageSettingsName = "ManageSettings";
    public const string ViewJobsName = "ViewJobs";
    public const string ViewAuditLogName = "ViewAuditLog";

    public static readonly Permission AccessAdmin = new(AccessAdminName, Msgid("Open the admin area"));
    public static readonly Permission ManageUsers = new(ManageUsersName, Msgid("Create, edit, lock and delete user accounts"));
    public static readonly Permission ManageRoles = new(ManageRolesName, Msgid("Grant permissions to roles"));
    public static readonly Permission ManageContent = new(ManageContentName, Msgid("Edit and publish pages, news and campaign pages"));
    public static readonly Permission ManageRecipes = new(ManageRecipesName, Msgid("Import and export recipes"));
    public static readonly Permission ManageSettings = new(ManageSettingsName, Msgid("Change site settings and e-mail templates"));
    public static readonly Permission ViewJobs = new(ViewJobsName, Msgid("Open the background job dashboard"));
    public static readonly Permission ViewAuditLog = new(ViewAuditLogName, Msgid("Read the audit log"));

    public static IReadOnlyList<Permission> All { get; } =
        [AccessAdmin, ManageUsers, ManageRoles, ManageContent, ManageRecipes, ManageSettings, ViewJobs, ViewAuditLog];
}
