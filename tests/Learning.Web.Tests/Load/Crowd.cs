using System.Net;
using Learning.CleanSeas.Pledges;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Learning.Courses.Seeding;
using Learning.Web.Tests.Accounts;
using Learning.Web.Tests.CleanSeas;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.TideTurners;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Learning.Web.Tests.Load;

/// <summary>
/// The 200 people of the load test, made and signed in before anything is measured: readers in
/// every language, learners of the seeded MOOC editions, appointed Tide Turners leaders with a group
/// of youths, and focal points with a verified government pledge each.
/// </summary>
public static class Crowd
{
    public const int Readers = 110, Learners = 50, Leaders = 20, Pledgers = 20;

    /// <summary>Arabic and Thai weigh twice: the right-to-left and the complex-script pages are the ones most likely to differ.</summary>
    private static readonly string[] ReaderCultures = ["en", "ar", "th", "es", "fr", "ru", "zh-Hans", "pt", "id", "vi", "ar", "th"];

    private static readonly string[] Cultures = ["en", "es", "ru", "zh-Hans", "ar", "fr", "pt", "id", "vi", "th"];

    private static readonly string[] Nicknames = ["Amina", "Kofi", "Lina", "Tariq", "Mei", "Somchai", "Ana", "Omar", "Nia", "Luca"];

    /// <summary>Countries with no government pledge in the Clean Seas recipe.</summary>
    private static readonly string[] Countries = ["FR", "DE", "IT", "ES", "PT", "GR", "NO", "SE", "FI", "DK", "NL", "BE", "IE", "MX", "BR", "PE", "CO", "EC", "UY", "PH"];

    public static async Task<List<VirtualUser>> GatherAsync(LoadSite site)
    {
        var readers = ReadersAsync(site);
        var learners = LearnersAsync(site);
        var leaders = InBatchesAsync(Leaders, n => LeaderAsync(site, n));
        var pledgers = PledgersAsync(site);
        return [.. await readers, .. await learners, .. await leaders, .. await pledgers];
    }

    private static async Task<List<VirtualUser>> ReadersAsync(LoadSite site)
    {
        var published = await site.WithDbAsync(db => db.Set<Commitment>().Where(c => c.Status == CommitmentStatus.Published).Select(c => c.Id).FirstAsync());
        var pages = new Dictionary<string, List<string>>();
        foreach (var culture in ReaderCultures.Distinct())
        {
            pages[culture] = await Reader.PagesAsync(site.Browser(), culture, published);
        }
        return Enumerable.Range(0, Readers).Select(n => (VirtualUser)new Reader(site.Person("reader"), pages[ReaderCultures[n % ReaderCultures.Length]])).ToList();
    }

    /// <summary>Seeded learners (as the benchmarks seed them) with nothing done yet, so every "done" is new work; seeding leaves others with some done, as a real run would.</summary>
    private static async Task<List<VirtualUser>> LearnersAsync(LoadSite site)
    {
        var lessonCount = 6;
        await site.WithScopeAsync(sp => sp.GetRequiredService<LearnerSeeder>().SeedAsync(Learners * (lessonCount + 1)));
        var items = await site.WithDbAsync(ItemsAsync);
        return await InBatchesAsync(Learners, async n =>
        {
            var seed = n * (lessonCount + 1);
            var edition = await site.WithDbAsync(db => db.Set<Enrolment>().Where(e => e.UserId == $"seed-{seed:D7}").Select(e => e.EditionId).SingleAsync());
            var culture = await site.WithDbAsync(db => db.Set<Edition>().Where(e => e.Id == edition).Select(e => e.Culture).SingleAsync());
            var client = site.Person("learner");
            await client.SignInAsync(LearnerSeeder.EmailOf(seed), LearnerSeeder.Password, culture);
            return (VirtualUser)new Learner(client, culture, edition, items[edition]);
        });
    }

    /// <summary>Each edition's lessons and quizzes in the order a learner meets them.</summary>
    private static async Task<Dictionary<string, List<string>>> ItemsAsync(Learning.Core.Data.LearningDbContext db)
    {
        var editions = await db.Set<Edition>().AsNoTracking().Include(e => e.Units).ThenInclude(u => u.Lessons).Include(e => e.Units).ThenInclude(u => u.Quiz).ToListAsync();
        return editions.ToDictionary(e => e.Id, e => e.Units.OrderBy(u => u.Order)
            .SelectMany(u => u.Lessons.OrderBy(l => l.Order).Select(l => $"lessons/{l.Id}").Concat(u.Quiz is { } q ? [$"quizzes/{q.Id}"] : []))
            .ToList());
    }

    private static async Task<VirtualUser> LeaderAsync(LoadSite site, int n)
    {
        var client = site.Person("leader");
        var email = $"leader-{n}@load.example";
        await AccountFlows.RegisterConfirmedAsync(site, client, email);
        await ChallengeSite.AppointAsync(site, email, "Leader");
        var group = await ChallengeSite.CreateGroupAsync(client, $"Group {n}");
        for (var youth = 0; youth < 10; youth++)
        {
            await ChallengeSite.AddYouthAsync(client, group, Nicknames[youth], youth % 2 == 0 ? "under-13" : "13-15");
        }
        return new Leader(client, Cultures[n % Cultures.Length], group, ["entry", "leader", "champion"]);
    }

    private static async Task<List<VirtualUser>> PledgersAsync(LoadSite site)
    {
        var moderator = await CleanSeasFlows.ModeratorAsync(site);
        return await InBatchesAsync(Pledgers, async n =>
        {
            var client = site.Person("pledger");
            var email = $"focal-{n}@load.example";
            var culture = Cultures[n % Cultures.Length];
            await AccountFlows.RegisterConfirmedAsync(site, client, email);
            Assert.Equal(HttpStatusCode.Redirect, (await CleanSeasFlows.PostApplicationAsync(client, Countries[n], culture)).StatusCode);
            var pledge = await site.WithDbAsync(db => db.Set<Pledge>().Where(p => p.ContactEmail == email).Select(p => p.Id).SingleAsync());
            await CleanSeasFlows.VerifyAsync(moderator, pledge);
            return (VirtualUser)new Pledger(client, culture);
        });
    }

    /// <summary>A few at a time: preparing is not what is measured, and the two cores are shared.</summary>
    private static async Task<List<VirtualUser>> InBatchesAsync(int count, Func<int, Task<VirtualUser>> make, int parallel = 8)
    {
        var users = new VirtualUser[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (n, _) => users[n] = await make(n));
        return [.. users];
    }
}
