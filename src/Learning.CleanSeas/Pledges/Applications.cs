using Learning.CleanSeas.Registry;
using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static Learning.Core.Cultures.UiText;

namespace Learning.CleanSeas.Pledges;

/// <summary>Focal points apply for a country or an organisation; moderators verify or reject them.</summary>
public sealed class Applications(LearningDbContext db, AuditLog audit, TimeProvider clock, PoStringLocalizer t, UserManager<LearningUser> users)
{
    public const int MaxLetterBytes = 2 * 1024 * 1024;

    /// <summary>Checks everything first and writes nothing on a refusal; returns the errors.</summary>
    public async Task<(Pledge? Pledge, List<string> Errors)> ApplyAsync(Application input, Applicant applicant, LetterFile? letter, CancellationToken ct)
    {
        var errors = new List<string>();
        var kind = input.Kind == "organisation" ? PledgeKind.Organisation : PledgeKind.Government;
        var country = input.CountryCode?.Trim().ToUpperInvariant() ?? "";
        if (!await db.Set<Region>().AnyAsync(ct) || !Countries.IsCode(country))
        {
            errors.Add(t["Choose a country from the list."]);
        }
        if (kind == PledgeKind.Organisation && string.IsNullOrWhiteSpace(input.OrganisationName))
        {
            errors.Add(t["Enter the name of your organisation."]);
        }
        if (await db.Set<Pledge>().AnyAsync(p => p.UserId == applicant.UserId && p.Verification != Verification.Rejected, ct))
        {
            errors.Add(t["You have already applied for a pledge."]);
        }
        if (kind == PledgeKind.Government && await db.Set<Pledge>().AnyAsync(p => p.GovernmentCountry == country, ct))
        {
            errors.Add(t["This country already has a government pledge."]);
        }
        var official = await IsOfficialAsync(applicant.Email, country, ct);
        if (letter is null && !official)
        {
            errors.Add(t["Upload the official letter (PDF), or sign up with an address on an official domain."]);
        }
        if (letter is { } l && (l.Content.Length > MaxLetterBytes ? Msgid("The letter must be a PDF file of at most 2 MB.") : LetterContent.Problem(l.Content)) is { } problem)
        {
            errors.Add(t[problem]);
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var pledge = new Pledge
        {
            Id = "p-" + Guid.NewGuid().ToString("N")[..12], Kind = kind, CountryCode = country,
            GovernmentCountry = kind == PledgeKind.Government ? country : null,
            OrganisationName = kind == PledgeKind.Organisation ? input.OrganisationName!.Trim() : "",
            UserId = applicant.UserId, ContactEmail = applicant.Email, Culture = applicant.Culture,
            ApplicationNote = input.Note?.Trim() ?? "", LetterName = letter?.Name, Letter = letter?.Content,
            AppliedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(pledge);
        audit.Record("clean-seas.apply", $"pledge:{pledge.Id}", $"{kind} {country} {(official ? "official domain" : "letter")}");
        await db.SaveChangesAsync(ct);
        return (pledge, errors);
    }

    private async Task<bool> IsOfficialAsync(string email, string country, CancellationToken ct)
    {
        var domain = email[(email.LastIndexOf('@') + 1)..].ToLowerInvariant();
        return await db.Set<OfficialDomain>().AnyAsync(d => d.Domain == domain && d.CountryCode == country, ct);
    }

    public async Task<bool> DecideAsync(string pledgeId, bool verify, CancellationToken ct)
    {
        var pledge = await db.Set<Pledge>().FirstOrDefaultAsync(p => p.Id == pledgeId && p.Verification == Verification.Applied, ct);
        if (pledge is null)
        {
            return false;
        }
        pledge.Verification = verify ? Verification.Verified : Verification.Rejected;
        pledge.VerifiedUtc = verify ? clock.GetUtcNow().UtcDateTime : null;
        if (!verify)
        {
            // A rejected application frees its country for another focal point.
            pledge.GovernmentCountry = null;
        }
        audit.Record(verify ? "clean-seas.verify" : "clean-seas.reject", $"pledge:{pledge.Id}", pledge.CountryCode);
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(ct);
            await GrantRoleAsync(pledge, verify);
        }, ct);
        return true;
    }

    private async Task GrantRoleAsync(Pledge pledge, bool verify)
    {
        if (!verify || pledge.UserId is null || await users.FindByIdAsync(pledge.UserId) is not { } user)
        {
            return;
        }
        var role = pledge.Kind == PledgeKind.Government ? CleanSeasRoles.GovernmentFocalPoint : CleanSeasRoles.OrganisationPledger;
        if (!await users.IsInRoleAsync(user, role))
        {
            await users.AddToRoleAsync(user, role);
        }
    }
}
