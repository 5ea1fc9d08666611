using System.Text;
using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Recipes;
using Learning.Core.Security;
using Learning.Core.Uploads;
using Learning.Site.Recipes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Learning.Site.Pages.Admin.Recipes;

[Authorize(Policy = SitePermissions.ManageRecipesName)]
[RequestSizeLimit(MaxUploadBytes + UploadLimits.FormOverhead)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + UploadLimits.FormOverhead)]
public sealed class IndexModel(
    LearningDbContext db, RecipeImporter importer, RecipeExporter exporter, RecipesFolder recipes, AuditLog audit, PoStringLocalizer t)
    : PageModel
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;

    private string Folder => recipes.Root;

    public List<RecipeFile> Files { get; private set; } = [];

    public List<RecipeRun> Runs { get; private set; } = [];

    /// <summary>Why the last import was refused; empty when it was not.</summary>
    public IReadOnlyList<RecipeError> Errors { get; private set; } = [];

    public string? Refused { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRunAsync(string? file)
    {
        if (file is null || !RecipeFile.Names(Folder).Contains(file, StringComparer.Ordinal))
        {
            return await RefuseAsync(t["There is no recipe file named {0}.", file ?? ""], []);
        }
        var result = await importer.ImportFileAsync(Path.Combine(Folder, file), audit.CurrentActor);
        return await ConcludeAsync(file, result);
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? upload)
    {
        if (upload is null || upload.Length == 0)
        {
            return await RefuseAsync(t["Choose a recipe file to upload."], []);
        }
        var fileName = Path.GetFileName(upload.FileName);
        if (!fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return await RefuseAsync(t["Only .json files can be imported."], []);
        }
        if (upload.Length > MaxUploadBytes)
        {
            return await RefuseAsync(t["The file is larger than 5 MB."], []);
        }
        using var reader = new StreamReader(upload.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var json = await reader.ReadToEndAsync();
        return await ConcludeAsync(fileName, await importer.ImportAsync(fileName, json, audit.CurrentActor));
    }

    public async Task<IActionResult> OnPostExportAsync()
    {
        var json = await exporter.ExportAsync();
        audit.Record("recipe.exported", "site-export.recipe.json");
        await db.SaveChangesAsync();
        return File(Encoding.UTF8.GetBytes(json), "application/json", "site-export.recipe.json");
    }

    private async Task<IActionResult> ConcludeAsync(string fileName, RecipeResult result)
    {
        audit.Record(result.Succeeded ? "recipe.imported" : "recipe.refused", fileName,
            string.Join("\n", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        await db.SaveChangesAsync();
        if (!result.Succeeded)
        {
            return await RefuseAsync(t["The recipe {0} was not imported. Nothing was changed.", fileName], result.Errors);
        }
        TempData["Message"] = t["The recipe {0} was imported.", fileName].Value;
        return Redirect(SiteAddresses.Recipes);
    }

    private async Task<IActionResult> RefuseAsync(string message, IReadOnlyList<RecipeError> errors)
    {
        Refused = message;
        Errors = errors;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Files = RecipeFile.Names(Folder).Select(name => RecipeFile.Read(Folder, name)).ToList();
        Runs = await db.Set<RecipeRun>().AsNoTracking().OrderByDescending(r => r.Id).Take(20).ToListAsync();
    }
}
