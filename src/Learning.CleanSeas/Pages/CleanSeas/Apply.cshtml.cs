using System.Security.Claims;
using Learning.CleanSeas.Pledges;
using Learning.CleanSeas.Registry;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Security;
using Learning.Core.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Learning.CleanSeas.Pages.CleanSeas;

/// <summary>A focal point applies for their country's government pledge, or for their organisation's.</summary>
[EnableRateLimiting(PublicForms.Policy)]
[RequestSizeLimit(Applications.MaxLetterBytes + UploadLimits.FormOverhead)]
[RequestFormLimits(MultipartBodyLengthLimit = Applications.MaxLetterBytes + UploadLimits.FormOverhead)]
public sealed class ApplyModel(LearningDbContext db, Applications applications, RegistryQuery registry) : PledgerPage(db)
{
    [BindProperty]
    public Application Input { get; set; } = new();

    public List<string> CountryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadPledgeAsync() is not null)
        {
            return Redirect(CleanSeasAddresses.MyPledge(Culture));
        }
        await LoadCountriesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? letter)
    {
        if (UserId is not { } userId)
        {
            return Challenge();
        }
        await LoadCountriesAsync();
        LetterFile? file = null;
        if (letter is { Length: > 0 and <= Applications.MaxLetterBytes + 1 })
        {
            using var buffer = new MemoryStream();
            await letter.CopyToAsync(buffer, Aborted);
            file = new LetterFile(Path.GetFileName(letter.FileName), buffer.ToArray());
        }
        else if (letter is { Length: > 0 })
        {
            file = new LetterFile(letter.FileName, new byte[Applications.MaxLetterBytes + 1]);
        }
        var email = User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "";
        var (_, errors) = await applications.ApplyAsync(Input, new Applicant(userId, email, Culture), file, Aborted);
        return errors.Count > 0 ? Invalid(errors) : Redirect(CleanSeasAddresses.MyPledge(Culture));
    }

    private async Task LoadCountriesAsync() =>
        CountryCodes = (await registry.RegionsAsync(Aborted)).SelectMany(r => r.Countries).Distinct()
            .OrderBy(c => Countries.NameOf(c, Culture)).ToList();
}
