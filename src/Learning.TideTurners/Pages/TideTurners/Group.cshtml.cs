using Learning.Core.Cultures;
using Learning.Core.Pages;
using Learning.Core.Uploads;
using Learning.TideTurners.Challenge;
using Learning.TideTurners.Groups;
using Learning.TideTurners.Work;
using Learning.TideTurners.Youths;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using static Learning.Core.Cultures.UiText;

namespace Learning.TideTurners.Pages.TideTurners;

/// <summary>
/// The leader's group dashboard: the youths (first name or nickname and age band only), a roster
/// import, the grid of activities done per level, and level submissions.
/// </summary>
[RequestSizeLimit(RosterCsv.MaxBytes + UploadLimits.FormOverhead)]
[RequestFormLimits(MultipartBodyLengthLimit = RosterCsv.MaxBytes + UploadLimits.FormOverhead)]
public sealed class GroupModel(ChallengeAccess access, GroupRoster roster, WorkRecords work, Submissions submissions,
    ChallengeContent content, CultureCatalog cultures) : SitePage
{
    public Group Group { get; private set; } = null!;
    public List<Youth> Youths { get; private set; } = [];
    public List<Level> Levels { get; private set; } = [];
    public Level Level { get; private set; } = null!;
    public List<ActivityRecord> Records { get; private set; } = [];
    public List<RosterError> RosterErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, string? level) =>
        await LoadAsync(id, level) ? Page() : Forbidden();

    public async Task<IActionResult> OnPostAddAsync(long id, string? nickname, string? ageBand, bool consent, string? language)
    {
        if (!await LoadAsync(id, null))
        {
            return Forbidden();
        }
        var input = new YouthInput(nickname ?? "", ageBand ?? "", consent, language ?? "");
        Problems.AddRange(input.Problems(cultures));
        if (Problems.Count > 0)
        {
            return Page();
        }
        await roster.AddAsync(Group, [input], Actor, Aborted);
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostImportAsync(long id, IFormFile? roster)
    {
        if (!await LoadAsync(id, null))
        {
            return Forbidden();
        }
        if (roster is null || roster.Length > RosterCsv.MaxBytes)
        {
            return Invalid(Msgid("Choose a CSV file of up to 100 KB."));
        }
        using var buffer = new MemoryStream();
        await roster.CopyToAsync(buffer, Aborted);
        var (rows, errors) = RosterCsv.Read(buffer.ToArray(), cultures);
        if (errors.Count > 0)
        {
            // One bad row refuses the whole roster: nothing is stored.
            RosterErrors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await Roster.AddAsync(Group, rows, Actor, Aborted);
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostRecordAsync(long id, string? level, string[] done, Dictionary<string, string>? evidence)
    {
        if (!await LoadAsync(id, level))
        {
            return Forbidden();
        }
        var cells = new List<DoneCell>();
        foreach (var cell in done)
        {
            var parts = cell.Split(':', 2);
            if (parts.Length != 2 || !long.TryParse(parts[0], out var youthId))
            {
                return BadRequest();
            }
            cells.Add(new DoneCell(youthId, parts[1], evidence?.GetValueOrDefault(cell) ?? ""));
        }
        if (!await work.RecordAsync(Group, cells, Actor, Aborted))
        {
            return Forbidden();
        }
        return Redirect(Here + $"?level={Level.Id}");
    }

    public async Task<IActionResult> OnPostSubmitAsync(long id, string? level, long[] youth)
    {
        if (!await LoadAsync(id, level))
        {
            return Forbidden();
        }
        if (youth.Length == 0)
        {
            Problems.Add(Msgid("Choose at least one youth."));
            return Page();
        }
        var refusals = await submissions.SubmitAsync(Group, Level, youth, Actor, Aborted);
        if (refusals.Count > 0)
        {
            return Refused(refusals.Select(r => r.Refusal));
        }
        Message = Msgid("Submitted for review.");
        return Page();
    }

    private string Here => TideTurnersAddresses.Group(RouteData.Values["culture"] as string ?? "", Group.Id);

    private GroupRoster Roster => roster;

    private async Task<bool> LoadAsync(long id, string? level)
    {
        if (await access.LedGroupAsync(User, id, Aborted) is not { } group)
        {
            return false;
        }
        Group = group;
        Levels = await content.LevelsAsync(Aborted);
        Level = Levels.FirstOrDefault(l => l.Id == level) ?? Levels[0];
        Youths = await roster.YouthsAsync(id, Aborted);
        Records = await work.ForGroupAsync(id, Aborted);
        return true;
    }
}
