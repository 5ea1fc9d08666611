using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Pages;
using Learning.Training.Cohorts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Pages.Admin.Training;

/// <summary>Every cohort, and who leads it: an administrator makes a person a trainer of a cohort by e-mail address.</summary>
[Authorize(Policy = TrainingPermissions.ManageTrainingName)]
public sealed class IndexModel(LearningDbContext db, AuditLog audit, TimeProvider clock, PoStringLocalizer t) : SitePage
{
    public List<(Cohort Cohort, List<string> Trainers)> Cohorts { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostTrainerAsync(string cohortId, string? email)
    {
        var cohort = await db.Set<Cohort>().FirstOrDefaultAsync(c => c.Id == cohortId, Aborted);
        if (cohort is null)
        {
            return NotFound();
        }
        var normalized = (email ?? "").Trim().ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, Aborted);
        if (user is null)
        {
            await LoadAsync();
            return Invalid([t["No account has the address {0}.", email ?? ""]]);
        }
        if (!await db.Set<CohortTrainer>().AnyAsync(x => x.CohortId == cohortId && x.UserId == user.Id, Aborted))
        {
            db.Add(new CohortTrainer { CohortId = cohortId, UserId = user.Id, AddedUtc = clock.GetUtcNow().UtcDateTime });
            audit.Record("training.trainer-added", cohortId, user.Id);
            await db.SaveChangesAsync(Aborted);
        }
        return Done(t["{0} now leads {1}.", user.DisplayName, cohort.TitleIn(Culture)]);
    }

    private async Task LoadAsync()
    {
        var cohorts = await db.Set<Cohort>().AsNoTracking().OrderByDescending(c => c.Year).ThenBy(c => c.Slug).ToListAsync(Aborted);
        var trainers = await (from x in db.Set<CohortTrainer>() join u in db.Users on x.UserId equals u.Id
            orderby x.AddedUtc, x.UserId select new { x.CohortId, u.DisplayName }).ToListAsync(Aborted);
        Cohorts = cohorts.Select(c => (c, trainers.Where(x => x.CohortId == c.Id).Select(x => x.DisplayName).ToList())).ToList();
    }
}
