using System.Diagnostics;
using Learning.Courses.Seeding;
using Learning.Web.Composition;
using Learning.Web.Setup;

namespace Learning.Web.Cli;

/// <summary><c>seed --learners N</c>: sets the site up if needed and adds synthetic learners with enrolments and progress.</summary>
public static class SeedCommand
{
    public static bool Matches(string[] args) => args.Length >= 1 && args[0] == "seed";

    public static async Task<int> RunAsync(string[] args)
    {
        var index = Array.IndexOf(args, "--learners");
        if (index < 0 || index + 1 >= args.Length || !int.TryParse(args[index + 1], out var learners) || learners < 1)
        {
            Console.Error.WriteLine("usage: seed --learners N   (N at least 1)");
            return 1;
        }
        var rest = args.Where((_, i) => i != 0 && i != index && i != index + 1).ToArray();
        var app = LearningHost.Build(rest, b => b.Logging.SetMinimumLevel(LogLevel.Warning));
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SiteSetup>().RunAsync();
        var clock = Stopwatch.StartNew();
        var added = await scope.ServiceProvider.GetRequiredService<LearnerSeeder>()
            .SeedAsync(learners, done => Console.Write($"\rseeded {done:N0} of {learners:N0} learners"));
        Console.WriteLine($"\nadded {added:N0} learners in {clock.Elapsed.TotalSeconds:N0} s (password {LearnerSeeder.Password})");
        return 0;
    }
}
