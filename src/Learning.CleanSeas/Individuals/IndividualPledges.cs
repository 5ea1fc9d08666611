using System.Security.Cryptography;
using System.Text;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Email;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Learning.CleanSeas.Individuals;

/// <summary>
/// A person pledges with the public form and confirms with the link sent to them. Only a confirmed
/// pledge counts, one per address; the name appears only if they ask for it; an unconfirmed pledge is
/// forgotten after <see cref="ConfirmDays"/> days. The link's token is kept only as its hash.
/// </summary>
public sealed class IndividualPledges(LearningDbContext db, Outbox outbox, OutboxSchedule delivery, PoStringLocalizer t, TimeProvider clock)
{
    public const string Template = "clean-seas-individual-confirm";
    public const int ConfirmDays = 14;
    public const int MaxName = 60;

    /// <summary>Pledges from one address in a day beyond this are dropped unsaved and unsent, so the form cannot flood a mailbox.</summary>
    private const int MailsPerAddressAndDay = 3;

    /// <summary>Checks everything first and writes nothing on a refusal; returns the errors in the reader's language.</summary>
    public async Task<List<string>> TakeAsync(IndividualPledgeInput input, string culture, string siteUrl, CancellationToken ct)
    {
        var (pledge, errors) = Validate(input, culture);
        if (pledge is null)
        {
            return errors;
        }
        if (await MailsTodayAsync(pledge.Email, ct) >= MailsPerAddressAndDay)
        {
            // Answered as a success: the form must not tell who has pledged.
            return [];
        }
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        pledge.ConfirmToken = Hash(token);
        db.Add(pledge);
        await outbox.QueueAsync(Template, culture, pledge.Email, $"{Template}:{pledge.ConfirmToken[..32]}", new Dictionary<string, object?>
        {
            ["link"] = new Uri(siteUrl + CleanSeasAddresses.PledgeConfirmation(culture, token)), ["days"] = ConfirmDays,
        }, ct);
        await db.SaveChangesAsync(ct);
        delivery.RequestDelivery();
        return [];
    }

    private (IndividualPledge? Pledge, List<string> Errors) Validate(IndividualPledgeInput input, string culture)
    {
        var errors = new List<string>();
        var name = Clean(input.Name);
        var email = input.Email?.Trim() ?? "";
        var country = input.CountryCode?.Trim().ToUpperInvariant() ?? "";
        var promises = input.Promises.Where(p => !string.IsNullOrEmpty(p)).Distinct().ToList();
        if (promises.Count == 0 || !promises.All(Promises.IsKey))
        {
            errors.Add(t["Choose at least one promise from the list."]);
        }
        if (!Countries.IsCode(country))
        {
            errors.Add(t["Choose a country from the list."]);
        }
        if (!IsAddress(email))
        {
            errors.Add(t["Enter a valid e-mail address."]);
        }
        if (name.Length > MaxName || (input.ShowName && name.Length == 0))
        {
            errors.Add(t["To show your name, enter it (at most {0} characters).", MaxName]);
        }
        return errors.Count > 0 ? (null, errors) : (new IndividualPledge
        {
            Name = name, HideName = !input.ShowName, CountryCode = country, Promises = promises, Email = email,
            Culture = culture, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        }, errors);
    }

    /// <summary>The pledge the link stands for, while it can still be confirmed or has been; null for a forged or expired link.</summary>
    public async Task<IndividualPledge?> FindAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }
        var hash = Hash(token);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-ConfirmDays);
        return await db.Set<IndividualPledge>().FirstOrDefaultAsync(p => p.ConfirmToken == hash && (p.ConfirmedUtc != null || p.CreatedUtc > since), ct);
    }

    /// <summary>
    /// Confirms the pledge. A person who had confirmed one before keeps one pledge: the earlier one
    /// takes the new promises and this one goes. Confirming twice changes nothing.
    /// </summary>
    public async Task<bool> ConfirmAsync(string? token, CancellationToken ct)
    {
        if (await FindAsync(token, ct) is not { } pledge)
        {
            return false;
        }
        if (pledge.ConfirmedUtc is not null)
        {
            return true;
        }
        var earlier = await db.Set<IndividualPledge>().FirstOrDefaultAsync(p => p.Email == pledge.Email && p.ConfirmedUtc != null && p.Id != pledge.Id, ct);
        if (earlier is null)
        {
            pledge.ConfirmedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            return true;
        }
        await db.InTransactionAsync(async () =>
        {
            db.Remove(pledge);
            await db.SaveChangesAsync(ct);
            // The link now leads to the kept pledge, so it still says "confirmed".
            (earlier.Name, earlier.HideName, earlier.CountryCode, earlier.Promises, earlier.Culture, earlier.ConfirmToken) =
                (pledge.Name, pledge.HideName, pledge.CountryCode, pledge.Promises, pledge.Culture, pledge.ConfirmToken);
        }, ct);
        return true;
    }

    /// <summary>Confirmed pledges with a name shown, newest first.</summary>
    public Task<List<IndividualPledge>> RecentNamedAsync(int count, CancellationToken ct) =>
        db.Set<IndividualPledge>().AsNoTracking().Where(p => p.ConfirmedUtc != null && !p.HideName && p.Name != "")
            .OrderByDescending(p => p.ConfirmedUtc).Take(count).ToListAsync(ct);

    public Task<int> CountAsync(CancellationToken ct) => db.Set<IndividualPledge>().CountAsync(p => p.ConfirmedUtc != null, ct);

    /// <summary>Unconfirmed pledges whose link has expired: nothing of them is kept.</summary>
    public Task<int> ForgetUnconfirmedAsync(DateTime now, CancellationToken ct)
    {
        var cutoff = now.AddDays(-ConfirmDays);
        return db.Set<IndividualPledge>().Where(p => p.ConfirmedUtc == null && p.CreatedUtc < cutoff).ExecuteDeleteAsync(ct);
    }

    private async Task<int> MailsTodayAsync(string email, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        return await db.Set<IndividualPledge>().CountAsync(p => p.Email == email && p.CreatedUtc > since, ct);
    }

    private static string Clean(string? name) =>
        new string((name ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();

    private static bool IsAddress(string email) =>
        email.Length is > 3 and <= 256 && MailboxAddress.TryParse(email, out var parsed) && parsed.Address == email && email.Contains('@') && !email.EndsWith('@');

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
