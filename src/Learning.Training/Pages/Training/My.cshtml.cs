using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Pages;
using Learning.Core.Uploads;
using Learning.Training.Cohorts;
using Learning.Training.Curriculum;
using Learning.Training.Surveys;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Pages.Training;

/// <summary>A trainee's own training: applications, sessions, attendance, modules, survey and certificates. Nobody else's.</summary>
[RequestSizeLimit(SurveySubmissions.MaxBytes + UploadLimits.FormOverhead)]
[RequestFormLimits(MultipartBodyLengthLimit = SurveySubmissions.MaxBytes + UploadLimits.FormOverhead)]
public sealed class MyModel(LearningDbContext db, SurveySubmissions surveys, Accreditations accreditations, TrainingCertificates certificates, PoStringLocalizer t)
    : SitePage
{
    public List<MyCohort> Cohorts { get; private set; } = [];

    public List<CurriculumUnit> Modules { get; private set; } = [];

    public bool Accredited { get; private set; }

    public List<LitterCategory> Categories { get; private set; } = [];

    public List<SurveyError> SurveyErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostModuleAsync(string cohortId, string moduleId)
    {
        if (await MineAsync(cohortId) is not { } cohort || !await accreditations.CompleteModuleAsync(cohort, UserId!, moduleId, Aborted))
        {
            return NotFound();
        }
        return Done(t["Module marked as finished."]);
    }

    public async Task<IActionResult> OnPostSurveyAsync(string cohortId, IFormFile? file)
    {
        if (await MineAsync(cohortId) is not { } cohort)
        {
            return NotFound();
        }
        if (file is null || file.Length > SurveySubmissions.MaxBytes)
        {
            return await RefusedAsync([new SurveyError(0, "", t["Choose a CSV file of at most 1 MB."])]);
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, Aborted);
        var (assignment, errors) = await surveys.SubmitAsync(cohort, UserId!, buffer.ToArray(), Aborted);
        return assignment is null ? await RefusedAsync(errors) : Redirect(TrainingAddresses.Survey(Culture, assignment.Id));
    }

    private async Task<IActionResult> RefusedAsync(List<SurveyError> errors)
    {
        SurveyErrors = errors;
        await LoadAsync();
        return Invalid([t["The file was refused and nothing was stored. Correct these rows and upload it again."]]);
    }

    /// <summary>A cohort the signed-in user was accepted to; someone else's id finds nothing.</summary>
    private Task<Cohort?> MineAsync(string cohortId) =>
        db.Set<Cohort>().FirstOrDefaultAsync(c => c.Id == cohortId && db.Set<Application>()
            .Any(a => a.CohortId == c.Id && a.UserId == UserId && a.State == ApplicationState.Accepted), Aborted);

    private async Task LoadAsync()
    {
        var userId = UserId!;
        var applications = await db.Set<Application>().AsNoTracking().Where(a => a.UserId == userId).ToListAsync(Aborted);
        var ids = applications.Select(a => a.CohortId).ToList();
        var cohorts = await db.Set<Cohort>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, Aborted);
        var done = await db.Set<ModuleCompletion>().AsNoTracking().Where(m => m.UserId == userId).ToListAsync(Aborted);
        var assignments = await db.Set<SurveyAssignment>().AsNoTracking().Where(a => a.UserId == userId).ToListAsync(Aborted);
        Cohorts = [];
        foreach (var application in applications.OrderByDescending(a => a.CreatedUtc))
        {
            var cohort = cohorts[application.CohortId];
            var percent = application.State == ApplicationState.Accepted ? await certificates.AttendancePercentAsync(cohort.Id, userId, Aborted) : 0;
            Cohorts.Add(new MyCohort(cohort, application, percent, done.Where(d => d.CohortId == cohort.Id).Select(d => d.ModuleId).ToHashSet(),
                assignments.FirstOrDefault(a => a.CohortId == cohort.Id)));
        }
        Modules = await db.Set<CurriculumUnit>().AsNoTracking().OrderBy(m => m.Order).ToListAsync(Aborted);
        Accredited = await accreditations.IsAccreditedAsync(userId, Aborted);
        Categories = await db.Set<LitterCategory>().AsNoTracking().OrderBy(c => c.Code).ToListAsync(Aborted);
    }
}

public sealed record MyCohort(Cohort Cohort, Application Application, int AttendancePercent, HashSet<string> ModulesDone, SurveyAssignment? Survey);
