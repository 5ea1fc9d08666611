using Learning.Core.Data;
using Learning.Training.Cohorts;
using Learning.Training.Sessions;
using Learning.Training.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Learning.Training.Pages.Training.Teach;

public sealed record Applicant(Application Application, string Name);

/// <summary>Everything the trainer's cohort page shows, read in a few queries.</summary>
public sealed record CohortBoard(List<Applicant> Applicants, List<LiveSession> Sessions, Dictionary<(long, string), AttendanceMark> Marks,
    List<SurveyAssignment> Surveys)
{
    public IEnumerable<Applicant> Accepted => Applicants.Where(a => a.Application.State == ApplicationState.Accepted);

    public static async Task<CohortBoard> LoadAsync(LearningDbContext db, string cohortId, CancellationToken ct)
    {
        var applicants = await (from a in db.Set<Application>()
                                join u in db.Users on a.UserId equals u.Id
                                where a.CohortId == cohortId
                                orderby a.CreatedUtc
                                select new Applicant(a, u.DisplayName)).AsNoTracking().ToListAsync(ct);
        var sessions = await db.Set<LiveSession>().AsNoTracking().Where(s => s.CohortId == cohortId).OrderBy(s => s.StartsUtc).ToListAsync(ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var marks = await db.Set<Attendance>().AsNoTracking().Where(a => ids.Contains(a.SessionId)).ToListAsync(ct);
        var surveys = await db.Set<SurveyAssignment>().AsNoTracking().Where(a => a.CohortId == cohortId).ToListAsync(ct);
        return new CohortBoard(applicants, sessions, marks.ToDictionary(m => (m.SessionId, m.UserId), m => m.Mark), surveys);
    }
}

/// <summary>The session fields partial's model; a wrapper because a null model would fall back to the page's.</summary>
public sealed record SessionFields(LiveSession? Session);
