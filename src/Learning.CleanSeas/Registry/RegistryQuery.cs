using Learning.CleanSeas.Pledges;
using Learning.Core.Admin;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Registry;

public sealed record Signatory(Pledge Pledge, List<Commitment> Commitments);

/// <summary>What visitors may see: verified pledges and their public commitments, filtered.</summary>
public sealed class RegistryQuery(LearningDbContext db)
{
    public Task<List<Region>> RegionsAsync(CancellationToken ct) =>
        db.Set<Region>().AsNoTracking().OrderBy(r => r.Order).ToListAsync(ct);

    /// <summary>Null when the region is unknown: the caller says so rather than showing everything.</summary>
    public async Task<PageOf<Signatory>?> FindAsync(RegistryFilter filter, CancellationToken ct)
    {
        if (await PledgesAsync(filter, ct) is not { } pledges)
        {
            return null;
        }
        var page = await pledges.PageAsync(filter.Page, ct);
        return new PageOf<Signatory>(await WithCommitmentsAsync(page.Items, filter, ct), page.Number, page.Count, page.Total);
    }

    /// <summary>Every match, for the exports.</summary>
    public async Task<List<Signatory>?> AllAsync(RegistryFilter filter, CancellationToken ct) =>
        await PledgesAsync(filter, ct) is { } pledges ? await WithCommitmentsAsync(await pledges.ToListAsync(ct), filter, ct) : null;

    private async Task<IQueryable<Pledge>?> PledgesAsync(RegistryFilter filter, CancellationToken ct)
    {
        var pledges = db.Set<Pledge>().AsNoTracking().Where(p => p.Verification == Verification.Verified);
        if (filter.Region is { } regionId)
        {
            if (await db.Set<Region>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == regionId, ct) is not { } region)
            {
                return null;
            }
            pledges = pledges.Where(p => region.Countries.Contains(p.CountryCode));
        }
        if (filter.Kind is { } kind)
        {
            pledges = pledges.Where(p => p.Kind == kind);
        }
        var matching = Commitments(filter);
        return pledges.Where(p => matching.Any(c => c.PledgeId == p.Id))
            .OrderBy(p => p.Kind).ThenBy(p => p.CountryCode).ThenBy(p => p.OrganisationName);
    }

    private async Task<List<Signatory>> WithCommitmentsAsync(IReadOnlyList<Pledge> pledges, RegistryFilter filter, CancellationToken ct)
    {
        var ids = pledges.Select(p => p.Id).ToList();
        var commitments = await Commitments(filter).Where(c => ids.Contains(c.PledgeId)).OrderBy(c => c.Id).ToListAsync(ct);
        return pledges.Select(p => new Signatory(p, commitments.Where(c => c.PledgeId == p.Id).ToList())).ToList();
    }

    private IQueryable<Commitment> Commitments(RegistryFilter filter)
    {
        var statuses = filter.Status is { } s ? [s] : RegistryFilter.PublicStatuses.ToList();
        var query = db.Set<Commitment>().AsNoTracking().Where(c => statuses.Contains(c.Status));
        if (filter.Category is { } category)
        {
            query = query.Where(c => c.Category == category);
        }
        if (filter.Sdg is { } sdg)
        {
            var code = ";" + sdg + ";";
            query = query.Where(c => c.SdgCodes.Contains(code));
        }
        return query;
    }

    public async Task<Counters> CountAsync(CancellationToken ct)
    {
        var statuses = RegistryFilter.PublicStatuses.ToList();
        var visible = db.Set<Pledge>().Where(p => p.Verification == Verification.Verified && p.Commitments.Any(c => statuses.Contains(c.Status)));
        return new Counters(
            await visible.CountAsync(p => p.Kind == PledgeKind.Government, ct),
            await visible.CountAsync(p => p.Kind == PledgeKind.Organisation, ct),
            await db.Set<Individuals.IndividualPledge>().CountAsync(i => i.ConfirmedUtc != null, ct),
            await db.Set<Commitment>().CountAsync(c => statuses.Contains(c.Status), ct),
            await visible.Where(p => p.Kind == PledgeKind.Government).Select(p => p.CountryCode).Distinct().ToListAsync(ct));
    }
}

public sealed record Counters(int Governments, int Organisations, int Individuals, int Commitments, List<string> Countries);
