using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Pages;
using Learning.Training.Cohorts;
using Learning.Training.Curriculum;
using Learning.Training.Sessions;
using Learning.Training.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Pages.Training.Teach;

/// <summary>
/// One cohort as its trainer runs it: applications, sessions, the attendance grid and survey reviews.
/// Every handler first finds the cohort among those the user manages; any other id is a 404.
/// </summary>
public sealed class CohortModel(LearningDbContext db, CohortAccess access, Admissions admissions, SessionPlanner planner, AttendanceRegister register,
    Accreditations accreditations, PoStringLocalizer t) : SitePage
{
    public Cohort Cohort { get; private set; } = null!;

    public CohortBoard Board { get; private set; } = null!;

    [BindProperty]
    public SessionInput Session { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDecideAsync(string id, long applicationId, ApplicationState decision)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        return await admissions.DecideAsync(Cohort, applicationId, decision, access.IsAdministrator(User), Aborted) switch
        {
            DecisionOutcome.Done => Done(t["Decision saved; the applicant is told by e-mail."]),
            DecisionOutcome.Full => Invalid([t["All seats are taken. Put the applicant on the waitlist, or raise the seat limit."]]),
            DecisionOutcome.PrerequisiteMissing => Invalid([t["The applicant has not completed the prerequisite course. Only an administrator can accept them without it."]]),
            _ => NotFound(),
        };
    }

    public async Task<IActionResult> OnPostAddSessionAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var problems = Session.Problems(t, out var times);
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }
        await planner.AddAsync(Cohort, Session, times, Aborted);
        return Done(t["Session added."]);
    }

    public async Task<IActionResult> OnPostMoveSessionAsync(string id, long sessionId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var problems = Session.Problems(t, out var times);
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }
        return await planner.MoveAsync(Cohort, sessionId, Session, times, Aborted) ? Done(t["Session changed; participants get the update."]) : NotFound();
    }

    public async Task<IActionResult> OnPostCancelSessionAsync(string id, long sessionId) =>
        await LoadAsync(id) && await planner.CancelAsync(Cohort, sessionId, Aborted) ? Done(t["Session cancelled; participants are told."]) : NotFound();

    public async Task<IActionResult> OnPostAttendanceAsync(string id, long sessionId, Dictionary<string, AttendanceMark> marks)
    {
        if (!await LoadAsync(id) || Board.Sessions.FirstOrDefault(s => s.Id == sessionId) is not { } session)
        {
            return NotFound();
        }
        if (!ModelState.IsValid || marks.Count == 0)
        {
            return Invalid([t["Choose present, late or absent for each participant."]]);
        }
        var strangers = await register.RecordAsync(Cohort, session, marks, Aborted);
        return strangers.Count > 0
            ? Invalid([t["Not a participant of this cohort: {0}. Nothing was recorded.", string.Join(", ", strangers)]])
            : Done(t["Attendance recorded."]);
    }

    public async Task<IActionResult> OnPostReviewAsync(string id, long assignmentId, bool accept, string? feedback) =>
        await LoadAsync(id) && await accreditations.ReviewAsync(Cohort, assignmentId, accept, feedback, Aborted)
            ? Done(accept ? t["Survey accepted."] : t["Survey returned to the trainee."])
            : NotFound();

    private async Task<bool> LoadAsync(string id)
    {
        if (await access.FindManagedAsync(User, id, Aborted) is not { } cohort)
        {
            return false;
        }
        Cohort = cohort;
        Board = await CohortBoard.LoadAsync(db, cohort.Id, Aborted);
        return true;
    }
}
