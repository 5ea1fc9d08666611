using System.Security.Claims;
using Learning.Core.Data;
using Learning.Courses.Catalog;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Learning.Courses.Progress;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Pages.Learning;

[Authorize]
public sealed class IndexModel(LearningDbContext db, Studies studies) : PageModel
{
    public List<(Enrolment Enrolment, Edition Edition, Course Course, Study? Study)> Rows { get; } = [];

    public async Task OnGetAsync()
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var mine = await (from e in db.Set<Enrolment>().AsNoTracking()
                          join ed in db.Set<Edition>().AsNoTracking() on e.EditionId equals ed.Id
                          join c in db.Set<Course>().AsNoTracking() on ed.CourseId equals c.Id
                          where e.UserId == userId
                          orderby e.CreatedUtc descending
                          select new { e, ed, c }).ToListAsync(HttpContext.RequestAborted);
        foreach (var row in mine)
        {
            var study = row.e.State == EnrolmentState.Waitlisted ? null : await studies.OpenAsync(userId, row.ed.Id, HttpContext.RequestAborted);
            Rows.Add((row.e, row.ed, row.c, study));
        }
    }
}
