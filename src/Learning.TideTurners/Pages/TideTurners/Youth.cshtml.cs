using Learning.Core.Pages;
using System.Text;
using Learning.Core.Data;
using Learning.Core.Uploads;
using Learning.TideTurners.Badges;
using Learning.TideTurners.Challenge;
using Learning.TideTurners.Groups;
using Learning.TideTurners.Work;
using Learning.TideTurners.Youths;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using static Learning.Core.Cultures.UiText;

namespace Learning.TideTurners.Pages.TideTurners;

/// <summary>
/// One youth, for their leader and the coordinators of their group: activities and evidence photos,
/// badges to download, and (coordinators only) the export and erasure of all their data.
/// </summary>
[RequestSizeLimit(EvidencePhotos.MaxBytes + UploadLimits.FormOverhead)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidencePhotos.MaxBytes + UploadLimits.FormOverhead)]
public sealed class YouthModel(LearningDbContext db, ChallengeAccess access, EvidencePhotos photos, YouthData data, ChallengeContent content) : SitePage
{
    public Youth Youth { get; private set; } = null!;
    public List<ActivityRecord> Records { get; private set; } = [];
    public List<Badge> Badges { get; private set; } = [];
    public List<Level> Levels { get; private set; } = [];
    public bool IsCoordinator { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id) => await AllowedAsync(id, leaderToo: true) ?? Page();

    public async Task<IActionResult> OnPostPhotoAsync(long id, string? activity, IFormFile? photo)
    {
        if (await AllowedAsync(id, leaderToo: true) is { } refused)
        {
            return refused;
        }
        var record = await db.Set<ActivityRecord>().FirstOrDefaultAsync(r => r.YouthId == id && r.ActivityId == activity, Aborted);
        if (record is null || photo is null)
        {
            Problems.Add(Msgid("Record the activity first, then add its photo."));
            return Page();
        }
        await using var stream = photo.OpenReadStream();
        var (file, problem) = await photos.StoreAsync(id, stream, photo.Length, Aborted);
        if (file is null)
        {
            return Invalid(problem!);
        }
        record.PhotoFile = file;
        await db.SaveChangesAsync(Aborted);
        return Redirect(TideTurnersAddresses.Youth(RouteData.Values["culture"] as string ?? "", id));
    }

    /// <summary>An evidence photo of one of the youth's records; only names the records hold are served.</summary>
    public async Task<IActionResult> OnGetPhotoAsync(long id, string? name)
    {
        if (await AllowedAsync(id, leaderToo: true) is { } refused)
        {
            return refused;
        }
        return Records.Any(r => r.PhotoFile is not null && r.PhotoFile == name) && photos.PathOf(id, name!) is { } path
            ? PhysicalFile(path, "image/jpeg")
            : NotFound();
    }

    public async Task<IActionResult> OnGetCredentialAsync(long id, Guid badge, string? format)
    {
        if (await AllowedAsync(id, leaderToo: true) is { } refused)
        {
            return refused;
        }
        if (Badges.FirstOrDefault(b => b.Id == badge) is not { Jwt.Length: > 0 } found)
        {
            return NotFound();
        }
        var level = await content.LevelAsync(found.LevelId, Aborted);
        return format == "png"
            ? File(BadgePng.Bake(found.Jwt, level?.TitleIn("en") ?? ""), "image/png", $"tide-turners-{found.LevelId}.png")
            : File(Encoding.UTF8.GetBytes(found.Jwt), "text/plain", $"tide-turners-{found.LevelId}.jwt");
    }

    public async Task<IActionResult> OnGetExportAsync(long id)
    {
        if (await AllowedAsync(id, leaderToo: false) is { } refused)
        {
            return refused;
        }
        var export = await data.ExportAsync(Youth, Actor, Aborted);
        return File(Encoding.UTF8.GetBytes(export.ToJsonString()), "application/json", $"youth-{id}.json");
    }

    public async Task<IActionResult> OnPostEraseAsync(long id, string? confirm)
    {
        if (await AllowedAsync(id, leaderToo: false) is { } refused)
        {
            return refused;
        }
        if (confirm != "erase")
        {
            Problems.Add(Msgid("Type erase to confirm."));
            return Page();
        }
        await data.EraseAsync(Youth, Actor, Aborted);
        return Redirect(TideTurnersAddresses.Review(RouteData.Values["culture"] as string ?? ""));
    }

    /// <summary>Loads the youth; a 404 when there is none, a 403 outside the user's group or scope, null when allowed.</summary>
    private async Task<IActionResult?> AllowedAsync(long id, bool leaderToo)
    {
        if (await db.Set<Youth>().AsNoTracking().FirstOrDefaultAsync(y => y.Id == id, Aborted) is not { } youth)
        {
            return NotFound();
        }
        if (!await access.MayActOnAsync(User, youth, leaderToo, Aborted))
        {
            return Forbidden();
        }
        Youth = youth;
        IsCoordinator = await access.MayActOnAsync(User, youth, leaderToo: false, Aborted);
        Records = await db.Set<ActivityRecord>().AsNoTracking().Where(r => r.YouthId == id).OrderBy(r => r.Id).ToListAsync(Aborted);
        Badges = await db.Set<Badge>().AsNoTracking().Where(b => b.YouthId == id).OrderBy(b => b.IssuedUtc).ToListAsync(Aborted);
        Levels = await content.LevelsAsync(Aborted);
        return null;
    }
}
