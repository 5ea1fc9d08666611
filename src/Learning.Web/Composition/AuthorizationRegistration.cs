using Learning.Core.Modules;
using Learning.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace Learning.Web.Composition;

public static class AuthorizationRegistration
{
    public static IServiceCollection AddLearningAuthorization(this IServiceCollection services, ModuleCatalog modules)
    {
        services.AddAuthorization(o =>
        {
            foreach (var permission in modules.Permissions)
            {
                o.AddPolicy(permission.Name, p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission.Name)));
            }
            // An endpoint that forgets to say who may call it is closed, not open.
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        return services;
    }
}
