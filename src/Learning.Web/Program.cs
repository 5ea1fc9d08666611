using Learning.Web.Cli;
using Learning.Web.Composition;

if (RecipeCommand.Matches(args))
{
    return await RecipeCommand.RunAsync(args);
}

var app = LearningHost.Build(args);
await app.PrepareAsync();
await app.RunAsync();
return 0;

/// <summary>Exposed for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
