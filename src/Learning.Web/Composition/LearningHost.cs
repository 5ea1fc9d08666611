using Learning.Core.Recipes;
using Learning.Core.Storage;
using Learning.Web.Features.Security;
using Learning.Web.Operations;
using Learning.Web.Setup;

namespace Learning.Web.Composition;

/// <summary>Builds the web application from configuration and the module catalog.</summary>
public static class LearningHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        var options = builder.Configuration.GetSection("Learning").Get<LearningOptions>() ?? new LearningOptions();
        Directory.CreateDirectory(options.FullDataPath);
        var modules = Modules.Create();
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(new UploadsFolder(options.UploadsFolder));
        services.AddSingleton(new RecipesFolder(SiteSetup.RecipesFolder(options)));
        services.AddSingleton(modules);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        foreach (var module in modules.Modules)
        {
            module.ConfigureServices(services, builder.Configuration);
        }
        services.AddLearningData(builder.Configuration, options);
        // Registered before the job server so that setup finishes before any job runs.
        services.AddHostedService<SiteSetupService>();
        services.AddLearningAccounts(options);
        services.AddLearningAuthorization(modules);
        services.AddLearningLocalization(modules);
        services.AddLearningPages();
        services.AddPublicFormLimits(builder.Configuration);
        services.AddRequestLog();
        services.AddLearningEmail(builder.Configuration, options);
        services.AddLearningJobs(options, builder.Configuration);
        services.AddScoped<SiteSetup>();
        services.AddScoped<Learning.Web.Features.Accounts.AccountMail>();
        var app = builder.Build();
        app.UseLearningPipeline(modules);
        return app;
    }
}
