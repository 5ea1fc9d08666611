using Learning.Core.Caching;
using Learning.Core.Data;
using Learning.Training.Cohorts;
using Learning.Training.Curriculum;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Pages.Training;

/// <summary>The masterclasses and train-the-trainer cohorts, those open for application first, and the curriculum.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicCache.PagePolicy)]
public sealed class IndexModel(LearningDbContext db, TimeProvider clock) : TrainingPage
{
    public List<Cohort> Open { get; private set; } = [];

    public List<Cohort> Earlier { get; private set; } = [];

    public List<TotModule> Modules { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cohorts = await db.Set<Cohort>().AsNoTracking().OrderByDescending(c => c.Year).ThenBy(c => c.Slug).ToListAsync(Ct);
        Open = cohorts.Where(c => c.TakesApplications(now)).ToList();
        Earlier = cohorts.Except(Open).ToList();
        Modules = await db.Set<TotModule>().AsNoTracking().OrderBy(m => m.Order).ToListAsync(Ct);
    }
}
