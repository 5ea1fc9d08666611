using Learning.Core.Data;
using Learning.Core.Pages;
using Learning.TideTurners.Challenge;
using Learning.TideTurners.Counts;
using Learning.TideTurners.Groups;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Pages.TideTurners;

/// <summary>Participants and completions per level, country and organisation, for the coordinator's scope (everything for administrators).</summary>
public sealed class CountsModel(LearningDbContext db, ChallengeAccess access, ChallengeCounts counts, ChallengeContent content) : SitePage
{
    public List<Level> Levels { get; private set; } = [];
    public CountLine Total { get; private set; } = new("", 0, new Dictionary<string, int>());
    public List<CountLine> ByCountry { get; private set; } = [];
    public List<CountLine> ByOrganisation { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await CellsAsync() is not { } cells)
        {
            return Forbidden();
        }
        var names = await db.Set<Organisation>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, Aborted);
        Total = ChallengeCounts.Sum("", cells);
        ByCountry = ChallengeCounts.By(cells, c => c.Country);
        ByOrganisation = ChallengeCounts.By(cells, c => names.GetValueOrDefault(c.OrganisationId, c.OrganisationId));
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (await CellsAsync() is not { } cells)
        {
            return Forbidden();
        }
        return File(CountsCsv.Write(cells, Levels), "text/csv; charset=utf-8", "tide-turners-counts.csv");
    }

    /// <summary>The cells the viewer may see; null when they coordinate nothing.</summary>
    private async Task<List<CountCell>?> CellsAsync()
    {
        var scopes = await access.AppointmentsAsync(User, AppointmentRole.Coordinator, Aborted);
        var everything = access.IsAdministrator(User);
        if (scopes.Count == 0 && !everything)
        {
            return null;
        }
        Levels = await content.LevelsAsync(Aborted);
        return await counts.CellsAsync((organisation, country) => everything || scopes.Any(s => s.Covers(organisation, country)), Aborted);
    }
}
