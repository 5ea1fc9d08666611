using Learning.Core.Audit;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Groups;

/// <summary>Administrators appoint adults (who have an account with an e-mail) as leaders or coordinators for one organisation and country.</summary>
public sealed class Appointments(LearningDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>A message for the administrator when the appointment cannot be made; null when made (or already there).</summary>
    public async Task<string?> AppointAsync(string email, AppointmentRole role, string organisationId, string country, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == email.Trim().ToUpperInvariant(), ct);
        if (user is null)
        {
            return "No account has this e-mail address.";
        }
        country = country.Trim().ToUpperInvariant();
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            return "The country is a two-letter code such as KE or TH.";
        }
        if (!await db.Set<Challenge.Organisation>().AnyAsync(o => o.Id == organisationId, ct))
        {
            return "Unknown organisation.";
        }
        if (!await db.Set<Appointment>().AnyAsync(a => a.UserId == user.Id && a.Role == role && a.OrganisationId == organisationId && a.Country == country, ct))
        {
            db.Add(new Appointment { UserId = user.Id, Role = role, OrganisationId = organisationId, Country = country, CreatedUtc = clock.GetUtcNow().UtcDateTime });
            audit.Record("tide-turners.appointed", user.Id, $"{role} {organisationId} {country}");
            await db.SaveChangesAsync(ct);
        }
        return null;
    }
}
