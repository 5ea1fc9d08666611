using Learning.Core.Audit;
using Learning.Core.Data;

namespace Learning.Training.Cohorts;

/// <summary>
/// Opens a cohort led by the person who opens it. Accredited trainers open train-the-trainer cohorts
/// for their national trainings, which is how the cascade grows; administrators may open masterclasses.
/// </summary>
public sealed class CohortOpening(LearningDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<Cohort> OpenAsync(CohortInput input, DateTime applyUntilUtc, string trainerId, bool asAdministrator, CancellationToken ct)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var cohort = new Cohort
        {
            Id = id, Slug = $"{Slugs.From(input.Title)}-{id[..6]}",
            Kind = asAdministrator && input.Masterclass ? CohortKind.Masterclass : CohortKind.TrainTheTrainer,
            Titles = new() { [input.Culture] = input.Title.Trim() },
            Summaries = string.IsNullOrWhiteSpace(input.Summary) ? [] : new() { [input.Culture] = input.Summary.Trim() },
            Cultures = [input.Culture], Country = (input.Country ?? "").ToUpperInvariant(), Region = input.Region ?? "",
            Year = clock.GetUtcNow().Year, Seats = input.Seats, ApplyUntilUtc = applyUntilUtc, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(cohort);
        db.Add(new CohortTrainer { CohortId = id, UserId = trainerId, AddedUtc = cohort.CreatedUtc });
        audit.Record("training.cohort-opened", id, cohort.Slug);
        await db.SaveChangesAsync(ct);
        return cohort;
    }
}

public static class Slugs
{
    /// <summary>Lowercase ASCII letters and digits joined by single hyphens; "cohort" when nothing is left.</summary>
    public static string From(string text)
    {
        var words = new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var slug = string.Join('-', words);
        return slug.Length == 0 ? "cohort" : slug[..Math.Min(slug.Length, 60)].TrimEnd('-');
    }
}
