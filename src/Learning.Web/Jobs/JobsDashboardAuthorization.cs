using Hangfire.Dashboard;
using Learning.Core.Security;

namespace Learning.Web.Jobs;

/// <summary>Only holders of ViewJobs see the dashboard; Hangfire answers 401 or 403 to everyone else.</summary>
public sealed class JobsDashboardAuthorization(PermissionGrants grants) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        grants.Allows(context.GetHttpContext().User, SitePermissions.ViewJobs.Name);
}
