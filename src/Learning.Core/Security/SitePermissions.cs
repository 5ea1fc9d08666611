using Learning.Core.Modules;

namespace Learning.Core.Security;

/// <summary>The permissions of the site itself; each programme module declares its own.</summary>
public static class SitePermissions
{
    public static readonly Permission AccessAdmin = new("AccessAdmin", "Open the admin area");
    public static readonly Permission ManageUsers = new("ManageUsers", "Create, edit, lock and delete user accounts");
    public static readonly Permission ManageRoles = new("ManageRoles", "Grant permissions to roles");
    public static readonly Permission ManageContent = new("ManageContent", "Edit and publish pages, news and campaign pages");
    public static readonly Permission ManageRecipes = new("ManageRecipes", "Import and export recipes");
    public static readonly Permission ManageSettings = new("ManageSettings", "Change site settings and e-mail templates");
    public static readonly Permission ViewJobs = new("ViewJobs", "Open the background job dashboard");
    public static readonly Permission ViewAuditLog = new("ViewAuditLog", "Read the audit log");

    public static IReadOnlyList<Permission> All { get; } =
        [AccessAdmin, ManageUsers, ManageRoles, ManageContent, ManageRecipes, ManageSettings, ViewJobs, ViewAuditLog];
}
