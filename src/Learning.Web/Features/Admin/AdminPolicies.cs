namespace Learning.Web.Features.Admin;

/// <summary>
/// The site permissions as constants, because attributes need constants. Each value is the name of
/// the matching <see cref="Learning.Core.Security.SitePermissions"/> entry, which is also its policy.
/// </summary>
public static class AdminPolicies
{
    public const string AccessAdmin = "AccessAdmin";
    public const string ManageUsers = "ManageUsers";
    public const string ManageRoles = "ManageRoles";
    public const string ManageContent = "ManageContent";
    public const string ManageRecipes = "ManageRecipes";
    public const string ManageSettings = "ManageSettings";
    public const string ViewAuditLog = "ViewAuditLog";
}
