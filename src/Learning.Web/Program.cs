using Learning.Certificates.Cli;
using Learning.Web.Cli;
using Learning.Web.Composition;

if (RecipeCommand.Matches(args))
{
    return await RecipeCommand.RunAsync(args);
}

if (CertificateSampleCommand.Matches(args))
{
    var app = LearningHost.Build([], b => b.Logging.SetMinimumLevel(LogLevel.Warning));
    await using (var scope = app.Services.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<Learning.Web.Setup.SiteSetup>().RunAsync(importSetup: false);
    }
    return await CertificateSampleCommand.RunAsync(args, app.Services);
}

if (SeedCommand.Matches(args))
{
    return await SeedCommand.RunAsync(args);
}

await LearningHost.Build(args).RunAsync();
return 0;

/// <summary>Exposed for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
