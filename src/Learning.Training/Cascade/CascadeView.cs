using Learning.Core.Data;
using Learning.Training.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Cascade;

/// <summary>A person in the cascade and the people they trained, one generation further down.</summary>
public sealed record CascadeNode(string UserId, string Name, int Generation, List<CascadeNode> Trained);

/// <summary>Who trained whom in the train-the-trainer cohorts of a country or region, with the figures the programme reports.</summary>
public sealed record CascadeReport(string Place, List<CascadeNode> Roots, int Trainers, int Trainees, int Generations, int Cohorts, int ReportedEarlier);

/// <summary>
/// Builds the cascade from the records: the trainers of a cohort trained its accepted participants.
/// A trainer nobody here trained starts a tree; each trainee is one generation below their trainer.
/// </summary>
public sealed class CascadeView(LearningDbContext db)
{
    public async Task<CascadeReport?> ForAsync(string place, CancellationToken ct)
    {
        var code = place.ToUpperInvariant();
        var cohorts = await db.Set<Cohort>().AsNoTracking()
            .Where(c => c.Kind == CohortKind.TrainTheTrainer && (c.Country == code || c.Region == place.ToLowerInvariant())).ToListAsync(ct);
        if (cohorts.Count == 0)
        {
            return null;
        }
        var ids = cohorts.Select(c => c.Id).ToList();
        var trainers = await db.Set<CohortTrainer>().Where(t => ids.Contains(t.CohortId)).ToListAsync(ct);
        var trainees = await db.Set<Application>().Where(a => ids.Contains(a.CohortId) && a.State == ApplicationState.Accepted)
            .Select(a => new { a.CohortId, a.UserId }).ToListAsync(ct);
        var edges = (from t in trainers join a in trainees on t.CohortId equals a.CohortId where t.UserId != a.UserId select (Trainer: t.UserId, Trainee: a.UserId))
            .Distinct().ToList();
        var people = trainers.Select(t => t.UserId).Concat(trainees.Select(a => a.UserId)).Distinct().ToList();
        var names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var trainedSomewhere = edges.Select(e => e.Trainee).ToHashSet();
        var roots = trainers.Select(t => t.UserId).Distinct().Where(id => !trainedSomewhere.Contains(id))
            .Select(id => Grow(id, 0, edges, names, [])).OrderBy(n => n.Name).ToList();
        var depth = roots.Select(Depth).DefaultIfEmpty(0).Max();
        return new CascadeReport(place, roots, trainers.Select(t => t.UserId).Distinct().Count(), trainees.Select(a => a.UserId).Distinct().Count(),
            depth, cohorts.Count, cohorts.Sum(c => c.ReportedTrainees));
    }

    private static CascadeNode Grow(string userId, int generation, List<(string Trainer, string Trainee)> edges, Dictionary<string, string> names, HashSet<string> path)
    {
        // A record that loops (A trained B, B trained A) stops at the repeat instead of recursing forever.
        var here = new HashSet<string>(path) { userId };
        var trained = edges.Where(e => e.Trainer == userId && !here.Contains(e.Trainee))
            .Select(e => Grow(e.Trainee, generation + 1, edges, names, here)).OrderBy(n => n.Name).ToList();
        return new CascadeNode(userId, names.GetValueOrDefault(userId) ?? "", generation, trained);
    }

    private static int Depth(CascadeNode node) => node.Trained.Count == 0 ? node.Generation : node.Trained.Max(Depth);
}
