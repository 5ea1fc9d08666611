using System.Security.Cryptography;
using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.TideTurners.Youths;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Groups;

/// <summary>A leader's groups and the youths in them. Every change to youth data is audited, by id only.</summary>
public sealed class GroupRoster(LearningDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<Group> CreateGroupAsync(string userId, Appointment appointment, string name, CancellationToken ct)
    {
        var group = new Group
        {
            Name = name.Trim(), OrganisationId = appointment.OrganisationId, Country = appointment.Country,
            CreatedUtc = clock.GetUtcNow().UtcDateTime, Leaders = [new GroupLeader { UserId = userId }],
        };
        db.Add(group);
        await db.SaveChangesAsync(ct);
        return group;
    }

    /// <summary>Adds checked inputs to the group in one transaction: all of them, or none.</summary>
    public async Task<List<Youth>> AddAsync(Group group, IReadOnlyList<YouthInput> inputs, string actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var youths = inputs.Select(i => New(group, i, actor, now)).ToList();
        await db.InTransactionAsync(async () =>
        {
            db.AddRange(youths);
            await db.SaveChangesAsync(ct);
            foreach (var youth in youths)
            {
                audit.Record("tide-turners.youth.created", Subject(youth.Id), $"group {group.Id}, {youth.AgeBand}, consent recorded: {youth.ConsentRecordedUtc is not null}", actor);
            }
        }, ct);
        return youths;
    }

    public static string Subject(long youthId) => $"tide-turners-youth:{youthId}";

    private static Youth New(Group group, YouthInput input, string actor, DateTime now)
    {
        var band = input.ParsedAgeBand!.Value;
        var consent = band != AgeBand.From16 || input.Consent;
        return new Youth
        {
            GroupId = group.Id, Nickname = input.Nickname.Trim(), AgeBand = band, Country = group.Country, Culture = input.Culture.Trim(),
            ConsentRecordedUtc = consent ? now : null, ConsentRecordedBy = consent ? actor : null,
            Pseudonym = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), CreatedUtc = now, LastActivityUtc = now,
        };
    }

    public Task<List<Youth>> YouthsAsync(long groupId, CancellationToken ct) =>
        db.Set<Youth>().AsNoTracking().Where(y => y.GroupId == groupId).OrderBy(y => y.Nickname).ThenBy(y => y.Id).ToListAsync(ct);
}
