using Learning.Core.Admin;
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

/// <summary>
/// The national coordinator's review queue: waiting submissions of their organisations and countries, oldest
/// first, filtered and paged by the database, approved in batches or returned.
/// </summary>
public sealed class ReviewModel(LearningDbContext db, ChallengeAccess access, Submissions submissions, ChallengeContent content) : SitePage
{
    public const int PageSize = 100;

    public PageOf<QueueRow> Queue { get; private set; } = new([], 1, 1, 0);
    public List<Level> Levels { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true, Name = Paging.Key)]
    public int P { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!access.IsAdministrator(User) && (await access.AppointmentsAsync(User, AppointmentRole.Coordinator, Aborted)).Count == 0)
        {
            return Forbidden();
        }
        Levels = await content.LevelsAsync(Aborted);
        var country = Country?.Trim().ToUpperInvariant();
        var waiting = db.Set<Submission>().Where(s => s.State == SubmissionState.Waiting)
            .Where(s => Level == null || s.LevelId == Level);
        Queue = await Rows(waiting, country).PageAsync(P, PageSize, Aborted);
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(long[] submission)
    {
        var chosen = await Rows(db.Set<Submission>().Where(s => submission.Contains(s.Id)), null).ToListAsync(Aborted);
        if (chosen.Count != submission.Distinct().Count())
        {
            return Forbidden();
        }
        var approved = await submissions.ApproveAsync(chosen.Select(r => r.Submission).ToList(), Actor, Aborted);
        Message = approved == 0 ? Msgid("Nothing was waiting among the chosen submissions.") : Msgid("Approved; the badges are issued.");
        return await OnGetAsync();
    }

    public async Task<IActionResult> OnPostReturnAsync(long submission, string? feedback)
    {
        var chosen = await Rows(db.Set<Submission>().Where(s => s.Id == submission), null).ToListAsync(Aborted);
        if (chosen.Count == 0)
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

    /// <summary>
    /// The submissions with their youth and group, oldest first (then by id, so that pages neither repeat
    /// nor skip a row), only of the groups the user coordinates (and of the
    /// country, when given): what someone else coordinates is left out by the database, not shown nor acted on.
    /// </summary>
    private IQueryable<QueueRow> Rows(IQueryable<Submission> chosen, string? country) =>
        from s in chosen.AsNoTracking()
        join g in access.CoordinatedGroups(User) on s.GroupId equals g.Id
        where country == null || g.Country == country
        join y in db.Set<Youth>() on s.YouthId equals y.Id
        orderby s.SubmittedUtc, s.Id
        select new QueueRow(s, y, g);
}
