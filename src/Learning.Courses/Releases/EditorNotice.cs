using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Core.Security;
using Learning.Courses.Editions;
using Microsoft.AspNetCore.Identity;

namespace Learning.Courses.Releases;

/// <summary>Tells the editors, once per schedule, why an edition was not published, by e-mail and on the edition.</summary>
public sealed class EditorNotice(LearningDbContext db, UserManager<LearningUser> users, Outbox outbox, OutboxSchedule delivery)
{
    public async Task TellBlockedAsync(Edition edition, IReadOnlyList<string> gaps, CancellationToken ct)
    {
        edition.ReleaseProblem = string.Join("\n", gaps);
        var editors = (await users.GetUsersInRoleAsync(RoleNames.Editor)).Concat(await users.GetUsersInRoleAsync(RoleNames.Administrator))
            .Where(u => u.Email is not null).DistinctBy(u => u.Id).ToList();
        await db.InTransactionAsync(async () =>
        {
            foreach (var group in editors.GroupBy(u => u.PreferredCulture))
            {
                await outbox.QueueManyAsync("edition-blocked", group.Key, Recipients(edition, group), ct);
            }
        }, ct);
        delivery.RequestDelivery();
    }

    private static List<OutboxRecipient> Recipients(Edition edition, IEnumerable<LearningUser> editors) =>
        editors.Select(u => new OutboxRecipient(u.Email!, $"edition-blocked:{edition.Id}:v{edition.ScheduleVersion}:{u.Id}",
            new Dictionary<string, object?>
            {
                ["name"] = u.DisplayName,
                ["edition"] = edition.Title,
                ["problems"] = edition.ReleaseProblem,
            })).ToList();
}
