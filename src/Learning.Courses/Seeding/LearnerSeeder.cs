using Learning.Core.Data;
using Learning.Core.Security;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Seeding;

/// <summary>
/// Fills a site with synthetic learners (<c>learner{n}@seed.example</c>, one shared password),
/// each enrolled in one released edition with some lessons done, so that load can be measured on
/// realistic data. Running it again adds only the learners that are missing.
/// </summary>
public sealed class LearnerSeeder(LearningDbContext db, IPasswordHasher<LearningUser> hasher, TimeProvider clock)
{
    public const string Password = "Seed-learner-2026";
    private const int Batch = 2000;

    public static string EmailOf(int n) => $"learner{n}@seed.example";

    public async Task<int> SeedAsync(int learners, Action<int>? progress = null, CancellationToken ct = default)
    {
        var editions = await EditionsAsync(ct);
        if (editions.Count == 0)
        {
            throw new InvalidOperationException("there is no released edition to enrol learners in; import the MOOC recipe first");
        }
        var existing = await db.Users.CountAsync(u => u.Id.StartsWith("seed-"), ct);
        var roleId = await db.Roles.Where(r => r.Name == RoleNames.Learner).Select(r => r.Id).FirstAsync(ct);
        var hash = hasher.HashPassword(new LearningUser(), Password);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var start = existing; start < learners; start += Batch)
        {
            await AddBatchAsync(start, Math.Min(Batch, learners - start), editions, roleId, hash, ct);
            progress?.Invoke(Math.Min(start + Batch, learners));
        }
        return Math.Max(0, learners - existing);
    }

    private async Task<List<(string Id, List<string> Lessons)>> EditionsAsync(CancellationToken ct)
    {
        var editions = await db.Set<Edition>().AsNoTracking().Include(e => e.Units).ThenInclude(u => u.Lessons)
            .Where(e => e.Status == EditionStatus.Released).OrderBy(e => e.Id).ToListAsync(ct);
        return editions.Select(e => (e.Id, e.Units.OrderBy(u => u.Order).SelectMany(u => u.Lessons.OrderBy(l => l.Order)).Select(l => l.Id).ToList())).ToList();
    }

    private async Task AddBatchAsync(int start, int count, List<(string Id, List<string> Lessons)> editions, string roleId, string hash, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var enrolments = new List<(Enrolment Enrolment, List<string> Done)>();
        for (var n = start; n < start + count; n++)
        {
            var email = EmailOf(n);
            var user = new LearningUser
            {
                Id = $"seed-{n:D7}", UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
                DisplayName = $"Learner {n}", PreferredCulture = "en", CreatedUtc = now, LockoutEnabled = true,
            };
            db.Add(user);
            db.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
            var (editionId, lessons) = editions[n % editions.Count];
            var done = lessons.Take(n % (lessons.Count + 1)).ToList();
            var enrolment = new Enrolment
            {
                UserId = user.Id, EditionId = editionId, State = EnrolmentState.Enrolled, CreatedUtc = now,
                StartedUtc = done.Count > 0 ? now : null, LastLessonId = done.LastOrDefault(),
            };
            db.Add(enrolment);
            enrolments.Add((enrolment, done));
        }
        await db.SaveChangesAsync(ct);
        db.AddRange(enrolments.SelectMany(e => e.Done.Select(l => new LessonDone { EnrolmentId = e.Enrolment.Id, LessonId = l, DoneUtc = now })));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
