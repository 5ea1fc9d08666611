using Learning.CleanSeas.Individuals;
using Learning.CleanSeas.Pledges;
using Learning.CleanSeas.Registry;
using Learning.Core.Data;
using Learning.Core.Impact;
using Microsoft.EntityFrameworkCore;
using static Learning.Core.Cultures.UiText;

namespace Learning.CleanSeas.Impact;

/// <summary>
/// The Clean Seas signatories and what they committed to, as the public registry shows them:
/// verified pledges (by verification date), confirmed individual pledges (by confirmation date)
/// and the public commitments of verified pledges (by publication date), by category and status.
/// </summary>
public sealed class CampaignImpact(LearningDbContext db) : IImpactSource
{
    public int Order => 40;

    public async Task<ImpactSection> MeasureAsync(ImpactFilter filter, CancellationToken ct = default)
    {
        var governments = Signatories(PledgeKind.Government, filter);
        var organisations = Signatories(PledgeKind.Organisation, filter);
        var individuals = Individuals(filter);
        var commitments = Commitments(filter);
        var byCategory = await commitments.CountByAsync(c => c.Category, c => c.Id, ct);
        var byStatus = await commitments.CountByAsync(c => c.Status, c => c.Id, ct);
        return new("clean-seas", Msgid("Clean Seas campaign"),
            [
                new("governments", Msgid("Governments"), await governments.LongCountAsync(ct)),
                new("organisations", Msgid("Organisations"), await organisations.LongCountAsync(ct)),
                new("individuals", Msgid("Individuals"), await individuals.LongCountAsync(ct)),
                new("commitments", Msgid("Commitments"), await commitments.LongCountAsync(ct)),
            ],
            [
                new("signatories-by-country", Msgid("Signatories by country"), ImpactRowKind.Country, Msgid("Country"),
                    [Msgid("Governments"), Msgid("Organisations"), Msgid("Individuals")],
                    ImpactRows.Largest(
                        await governments.CountByAsync(p => p.CountryCode, p => p.Id, ct),
                        await organisations.CountByAsync(p => p.CountryCode, p => p.Id, ct),
                        await individuals.CountByAsync(i => i.CountryCode, i => i.Id, ct))),
                new("commitments-by-category", Msgid("Commitments by category"), ImpactRowKind.Msgid, Msgid("Category"), [Msgid("Commitments")],
                    ImpactRows.Largest(byCategory.ToDictionary(kv => Labels.Of(kv.Key), kv => kv.Value))),
                new("commitments-by-status", Msgid("Commitments by status"), ImpactRowKind.Msgid, Msgid("Status"), [Msgid("Commitments")],
                    ImpactRows.InOrder(RegistryFilter.PublicStatuses.Select(Labels.Of), byStatus.ToDictionary(kv => Labels.Of(kv.Key), kv => kv.Value))),
            ]);
    }

    private IQueryable<Pledge> Verified(ImpactFilter filter)
    {
        var pledges = db.Set<Pledge>().AsNoTracking().Where(p => p.Verification == Verification.Verified);
        return filter.Country is { } country ? pledges.Where(p => p.CountryCode == country) : pledges;
    }

    private IQueryable<Pledge> Signatories(PledgeKind kind, ImpactFilter filter) =>
        Verified(filter).Where(p => p.Kind == kind).During(p => p.VerifiedUtc, filter);

    private IQueryable<IndividualPledge> Individuals(ImpactFilter filter)
    {
        var individuals = db.Set<IndividualPledge>().AsNoTracking().Where(i => i.ConfirmedUtc != null);
        if (filter.Country is { } country)
        {
            individuals = individuals.Where(i => i.CountryCode == country);
        }
        return individuals.During(i => i.ConfirmedUtc, filter);
    }

    private IQueryable<Commitment> Commitments(ImpactFilter filter)
    {
        var statuses = RegistryFilter.PublicStatuses.ToList();
        var pledges = Verified(filter);
        return db.Set<Commitment>().AsNoTracking().Where(c => statuses.Contains(c.Status) && pledges.Any(p => p.Id == c.PledgeId))
            .During(c => c.PublishedUtc, filter);
    }
}
