using Learning.Web.Cli;
using Learning.Web.Composition;

if (RecipeCommand.Matches(args))
{
    return await RecipeCommand.RunAsync(args);
}

await LearningHost.Build(args).RunAsync();
return 0;

/// <summary>Exposed for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
