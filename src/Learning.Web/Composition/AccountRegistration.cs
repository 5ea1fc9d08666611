using Learning.Core.Data;
using Learning.Web.Operations;
using Learning.Web.Pages.Account;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Learning.Web.Composition;

public static class AccountRegistration
{
    public static IServiceCollection AddLearningAccounts(this IServiceCollection services, LearningOptions options)
    {
        services.AddDataProtection().SetApplicationName("learning").PersistKeysToDbContext<LearningDbContext>();
        services.AddIdentity<LearningUser, IdentityRole>(o =>
            {
                o.SignIn.RequireConfirmedEmail = true;
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<LearningDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<Features.Accounts.LocalizedIdentityErrors>();
        // A lock or a role change by an administrator rotates the security stamp; sessions notice within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddMemoryCache();
        services.AddSingleton<Features.Accounts.RecentStampChecks>();
        services.ConfigureApplicationCookie(o =>
        {
            // Unprefixed paths: a small endpoint forwards them to the visitor's language.
            o.LoginPath = AccountAddresses.SignInInVisitorsLanguage;
            o.AccessDeniedPath = AccountAddresses.AccessDeniedInVisitorsLanguage;
            o.Cookie.Name = Features.Api.AccountCookie.Name;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            // A JSON client wants a status code, not the sign-in page.
            o.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = ValidateUnlessDatabaseIsAway;
        });
        return services;
    }

    /// <summary>
    /// A stamp this node confirmed within the interval is not read again. While the database is away
    /// the session stands (signing everyone out would be worse) and the stamp is checked on the next
    /// request once it answers; the page itself then reports the outage.
    /// </summary>
    private static async Task ValidateUnlessDatabaseIsAway(CookieValidatePrincipalContext context)
    {
        var checks = context.HttpContext.RequestServices.GetRequiredService<Features.Accounts.RecentStampChecks>();
        var due = checks.IsDue(context.Properties.IssuedUtc);
        if (due && checks.Confirmed(context.Principal))
        {
            return;
        }
        try
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
            if (due)
            {
                checks.Confirm(context.Principal);
            }
        }
        catch (Exception e) when (DatabaseOutage.Is(e))
        {
        }
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            // A body of its own keeps the HTML status page away: a JSON client reads a problem document.
            return Results.Problem(statusCode: status).ExecuteAsync(context.HttpContext);
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
