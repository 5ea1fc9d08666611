using Learning.Core;
using Learning.Core.Audit;
using Learning.Core.Caching;
using Learning.Core.Content;
using Learning.Core.Cultures;
using Learning.Core.Email;
using Learning.Core.Jobs;
using Learning.Core.Modules;
using Learning.Core.Recipes;
using Learning.Core.Security;
using Learning.Core.Settings;
using Learning.Core.Themes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Learning.Core.Cultures.UiText;

namespace Learning.Site;

/// <summary>
/// The site itself as a module: languages, roles, settings, content, menus, e-mail, recipes and audit,
/// their tables, and the admin screens that manage them.
/// </summary>
public sealed class SiteModule : ILearningModule
{
    public string Name => "Site";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CultureCatalog>();
        services.AddSingleton<PermissionGrants>();
        services.AddSingleton<SiteSettings>();
        services.AddSingleton<SiteState>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<PublicContentChanges>();
        services.AddSingleton<PublicContentInterceptor>();
        services.AddMemoryCache();
        services.AddSingleton<PublicCache>();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<LiquidTemplates>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<ThemeSelector>();
        services.AddScoped<ContentStore>();
        services.AddScoped<ContentText>();
        services.AddScoped<Outbox>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<OutboxSchedule>();
        services.AddSingleton<PlannedJobs>();
        services.AddScoped<IScheduledWork>(sp => sp.GetRequiredService<OutboxSchedule>());
        services.AddScoped<AuditLog>();
        services.AddScoped<RecipeImporter>();
        services.AddScoped<RecipeExporter>();
        services.AddScoped<IRecipeStep, LanguagesStep>();
        services.AddScoped<IRecipeStep, RolesStep>();
        services.AddScoped<IRecipeStep, SettingsStep>();
        services.AddScoped<IRecipeStep, EmailTemplatesStep>();
        services.AddScoped<IRecipeStep, ModulesStep>();
        services.AddScoped<IRecipeStep, ContentStep>();
        services.AddScoped<IRecipeStep, MenusStep>();
        services.AddScoped<IRecipeStep, AdministratorStep>();
        services.AddSingleton(SettingDefinition.Text(SiteSettings.SiteName, "The site's name"));
    }

    public void ConfigureModel(ModelBuilder builder)
    {
        builder.Entity<Language>(e =>
        {
            e.ToTable("Languages");
            e.HasKey(l => l.Culture);
            e.Property(l => l.Culture).HasMaxLength(20);
            e.Ignore(l => l.Direction);
        });
        builder.Entity<RolePermission>(e =>
        {
            e.ToTable("RolePermissions");
            e.HasKey(g => new { g.RoleName, g.Permission });
            e.Property(g => g.RoleName).HasMaxLength(256);
            e.Property(g => g.Permission).HasMaxLength(100);
        });
        builder.Entity<SiteSetting>(e =>
        {
            e.ToTable("SiteSettings");
            e.HasKey(s => s.Key);
            e.Property(s => s.Key).HasMaxLength(100);
        });
        builder.Entity<RecipeRun>(e => e.ToTable("RecipeRuns"));
        builder.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("DataProtectionKeys");
            // The package's columns are nullable; its store always fills both, and the table says so.
            e.Property(k => k.FriendlyName).HasMaxLength(200).IsRequired();
            e.Property(k => k.Xml).IsRequired();
        });
        builder.Entity<AuditEntry>(e =>
        {
            e.ToTable("AuditEntries");
            e.HasIndex(a => a.Utc);
        });
        ContentModel.Configure(builder);
        EmailModel.Configure(builder);
    }

    public IEnumerable<Permission> Permissions => SitePermissions.All;

    public IEnumerable<AdminMenuEntry> AdminMenu =>
    [
        new(Msgid("Users"), SiteAddresses.Users, SitePermissions.ManageUsers.Name, 10),
        new(Msgid("Roles"), SiteAddresses.Roles, SitePermissions.ManageRoles.Name, 20),
        new(Msgid("Content"), SiteAddresses.Content, SitePermissions.ManageContent.Name, 30),
        new(Msgid("Recipes"), SiteAddresses.Recipes, SitePermissions.ManageRecipes.Name, 40),
        new(Msgid("Settings"), SiteAddresses.Settings, SitePermissions.ManageSettings.Name, 50),
        new(Msgid("E-mail outbox"), SiteAddresses.Outbox, SitePermissions.ManageSettings.Name, 60),
        new(Msgid("Audit log"), SiteAddresses.Audit, SitePermissions.ViewAuditLog.Name, 70),
        new(Msgid("Jobs"), SiteAddresses.Jobs, SitePermissions.ViewJobs.Name, 80),
    ];
}
