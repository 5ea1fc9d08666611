using Learning.Core.Pages;
using System.Globalization;
using Learning.Core.Caching;
using Learning.Core.Content;
using Learning.Core.Data;
using Learning.Training.Cohorts;
using Learning.Training.Curriculum;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Pages.Training;

/// <summary>
/// The masterclasses and train-the-trainer cohorts, those open for application first, and the
/// curriculum, below the text editors wrote on the <c>training</c> content page this address took over.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicCache.PagePolicy)]
public sealed class IndexModel(LearningDbContext db, ContentText content, TimeProvider clock) : SitePage
{
    private const string IntroductionPage = "training";

    public IHtmlContent? Introduction { get; private set; }

    public List<Cohort> Open { get; private set; } = [];

    public List<Cohort> Earlier { get; private set; } = [];

    public List<CurriculumUnit> Modules { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Introduction = await content.OfAsync(IntroductionPage, CultureInfo.CurrentUICulture.Name, Aborted);
        var now = clock.GetUtcNow().UtcDateTime;
        var cohorts = await db.Set<Cohort>().AsNoTracking().OrderByDescending(c => c.Year).ThenBy(c => c.Slug).ToListAsync(Aborted);
        Open = cohorts.Where(c => c.TakesApplications(now)).ToList();
        Earlier = cohorts.Except(Open).ToList();
        Modules = await db.Set<CurriculumUnit>().AsNoTracking().OrderBy(m => m.Order).ToListAsync(Aborted);
    }
}
