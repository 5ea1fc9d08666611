using Learning.CleanSeas.Pledges;
using Learning.Courses.Enrolments;
using Learning.Core.Data;
using Learning.TideTurners.Work;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Learning.Web.Tests.Load;

/// <summary>
/// 200 people at once for a minute on one machine: readers in ten languages, learners doing
/// lessons and quizzes, Tide Turners leaders recording activities, Clean Seas focal points working
/// on their commitments. Not one 5xx or lost request is allowed, and every kind of person must get
/// their work into the database. The figures go to artifacts/load.md.
/// </summary>
[Trait("Category", "Load")]
public sealed class LoadTests(LoadSite site, ITestOutputHelper output) : IClassFixture<LoadSite>
{
    private static readonly TimeSpan Reference = TimeSpan.FromSeconds(10), Mix = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Two_hundred_people_for_a_minute_get_no_server_error_and_all_get_their_work_done()
    {
        var users = await Crowd.GatherAsync(site);
        var before = await WorkAsync();

        var reference = await MeasureAsync(LoadMeter.Reference, Reference, users.Select(u => (Func<DateTime, Task>)u.FetchReferenceAsync));
        var mix = await MeasureAsync("mix", Mix, users.Select(u => (Func<DateTime, Task>)u.RunAsync));
        var after = await WorkAsync();

        var figures = new[] { "reader", "learner", "leader", "pledger" }
            .Select(kind => LoadFigures.Of(kind, mix.Samples.Where(s => s.Kind == kind).ToList(), mix.Time))
            .Prepend(LoadFigures.Of("all of the mix", mix.Samples, mix.Time)).ToList();
        var work = before.Zip(after, (b, a) => $"{a.What}: {b.Count:N0} → {a.Count:N0} (+{a.Count - b.Count:N0})").ToList();
        output.WriteLine(LoadReport.Write(LoadFigures.Of(LoadMeter.Reference, reference.Samples, reference.Time), reference.Time, figures, mix.Time, work));

        foreach (var problem in site.Meter.Failures.Concat(VirtualUser.Problems).Take(30))
        {
            output.WriteLine(problem);
        }
        Assert.Empty(site.Meter.Failures.Take(20));
        Assert.Empty(VirtualUser.Problems.Take(20));
        Assert.All(figures.Append(LoadFigures.Of(LoadMeter.Reference, reference.Samples, reference.Time)), f => Assert.Equal(0, f.ServerErrors));
        Assert.All(figures, f => Assert.True(f.Requests > 0, $"{f.Kind} made no request"));
        Assert.All(before.Zip(after), pair => Assert.True(pair.Second.Count > pair.First.Count, $"{pair.First.What} did not rise"));
    }

    private async Task<(List<Sample> Samples, TimeSpan Time)> MeasureAsync(string phase, TimeSpan length, IEnumerable<Func<DateTime, Task>> people)
    {
        var until = DateTime.UtcNow + length;
        site.Meter.Start(phase);
        var running = people.Select(run => run(until)).ToList();
        await Task.WhenAll(running);
        site.Meter.Stop();
        return ([.. site.Meter.Samples], site.Meter.Duration);
    }

    /// <summary>What each kind of person leaves in the database, counted without the site's code.</summary>
    private Task<List<(string What, int Count)>> WorkAsync() => site.WithDbAsync(async db => new List<(string, int)>
    {
        ("lessons marked done", await db.Set<LessonDone>().CountAsync()),
        ("quiz attempts", await db.Set<QuizAttempt>().CountAsync()),
        ("Tide Turners activities recorded", await db.Set<ActivityRecord>().CountAsync()),
        ("Clean Seas commitments", await db.Set<Commitment>().CountAsync()),
        ("commitments submitted for review", await db.Set<Commitment>().CountAsync(c => c.Status == CommitmentStatus.Submitted)),
    });
}
