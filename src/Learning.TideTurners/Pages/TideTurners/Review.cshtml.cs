using Learning.Core.Data;
using Learning.Core.Pages;
using Learning.TideTurners.Challenge;
using Learning.TideTurners.Groups;
using Learning.TideTurners.Work;
using Learning.TideTurners.Youths;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using static Learning.Core.Cultures.UiText;

namespace Learning.TideTurners.Pages.TideTurners;

public sealed record QueueRow(Submission Submission, Youth Youth, Group Group);

/// <summary>The national coordinator's review queue: waiting submissions of their organisations and countries, filtered, approved in batches or returned.</summary>
public sealed class ReviewModel(LearningDbContext db, ChallengeAccess access, Submissions submissions, ChallengeContent content) : SitePage
{
    public List<QueueRow> Rows { get; private set; } = [];
    public List<Level> Levels { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var scopes = await access.AppointmentsAsync(User, AppointmentRole.Coordinator, Aborted);
        if (scopes.Count == 0 && !access.IsAdministrator(User))
        {
            return Forbidden();
        }
        Levels = await content.LevelsAsync(Aborted);
        var country = Country?.Trim().ToUpperInvariant();
        var waiting = await QueueAsync(db.Set<Submission>().Where(s => s.State == SubmissionState.Waiting)
            .Where(s => Level == null || s.LevelId == Level)
            .Where(s => country == null || db.Set<Group>().Any(g => g.Id == s.GroupId && g.Country == country))
            .OrderBy(s => s.SubmittedUtc).Take(500));
        Rows = access.IsAdministrator(User) ? waiting : waiting.Where(r => scopes.Any(s => s.Covers(r.Group.OrganisationId, r.Group.Country))).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(long[] submission)
    {
        var chosen = await QueueAsync(db.Set<Submission>().Where(s => submission.Contains(s.Id)));
        if (chosen.Count != submission.Distinct().Count() || !await CoversAllAsync(chosen))
        {
            return Forbidden();
        }
        var approved = await submissions.ApproveAsync(chosen.Select(r => r.Submission).ToList(), Actor, Aborted);
        Message = approved == 0 ? Msgid("Nothing was waiting among the chosen submissions.") : Msgid("Approved; the badges are issued.");
        return await OnGetAsync();
    }

    public async Task<IActionResult> OnPostReturnAsync(long submission, string? feedback)
    {
        var chosen = await QueueAsync(db.Set<Submission>().Where(s => s.Id == submission));
        if (chosen.Count == 0 || !await CoversAllAsync(chosen))
        {
            return Forbidden();
        }
        if (string.IsNullOrWhiteSpace(feedback) || feedback.Length > 2000)
        {
            Problems.Add(Msgid("Give the leader your feedback (up to 2000 characters)."));
            return await OnGetAsync();
        }
        await submissions.ReturnAsync(chosen[0].Submission, feedback, Actor, Aborted);
        Message = Msgid("Returned to the leader with your feedback.");
        return await OnGetAsync();
    }

    /// <summary>The chosen submissions with their youth and group, in the order given.</summary>
    private async Task<List<QueueRow>> QueueAsync(IQueryable<Submission> chosen)
    {
        var rows = await (from s in chosen.AsNoTracking()
                          join y in db.Set<Youth>() on s.YouthId equals y.Id
                          join g in db.Set<Group>() on s.GroupId equals g.Id
                          select new { s, y, g }).ToListAsync(Aborted);
        return rows.Select(r => new QueueRow(r.s, r.y, r.g)).OrderBy(r => r.Submission.SubmittedUtc).ToList();
    }

    private async Task<bool> CoversAllAsync(List<QueueRow> rows)
    {
        foreach (var row in rows)
        {
            if (!await access.CoordinatesAsync(User, row.Group.OrganisationId, row.Group.Country, Aborted))
            {
                return false;
            }
        }
        return true;
    }
}
