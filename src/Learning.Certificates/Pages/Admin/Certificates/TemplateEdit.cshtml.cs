using Learning.Core.Pages;
using System.ComponentModel.DataAnnotations;
using Learning.Certificates.Issuing;
using Learning.Certificates.Rendering;
using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.Certificates.Pages.Admin.Certificates;

public sealed class WordingInput
{
    [Required(ErrorMessage = "Enter the wording.")]
    [StringLength(10_000, ErrorMessage = "The text is too long.")]
    [Display(Name = "Wording (Liquid, five lines)")]
    public string Body { get; set; } = "";
}

/// <summary>
/// Edits one template's wording in one language; a language without its own starts from what it
/// prints today. Nothing is saved, and no preview printed, unless the Liquid parses and renders
/// to the five lines.
/// </summary>
[Authorize(Policy = CertificatePermissions.ManageCertificatesName)]
public sealed class TemplateEditModel(
    LearningDbContext db, CertificateTemplates templates, CultureCatalog cultures, LiquidTemplates liquid, TemplatePreview preview, AuditLog audit, PoStringLocalizer t)
    : LanguageTemplatePage<CertificateTemplate>(db, cultures)
{
    [BindProperty]
    public WordingInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string name, string lang)
    {
        if (await OpenAsync(name, lang) is not { } template)
        {
            return NotFound();
        }
        Input.Body = template.Body;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, string lang)
    {
        if (await OpenAsync(name, lang) is not { } template)
        {
            return NotFound();
        }
        if (!IsPrintable())
        {
            return Page();
        }
        audit.Record("certificate-template.saved", $"{Name}/{Language.Culture}", Input.Body);
        if (!await SaveAsync(template, own => own.Body = Input.Body,
            t["This wording was changed by someone else meanwhile. Open it again and repeat your change."]))
        {
            return Page();
        }
        return Done(t["The wording was saved."], CertificateAddresses.Templates);
    }

    public async Task<IActionResult> OnPostPreviewAsync(string name, string lang)
    {
        if (await OpenAsync(name, lang) is null)
        {
            return NotFound();
        }
        if (!IsPrintable())
        {
            return Page();
        }
        var pdf = preview.Render(new CertificateTemplate { Name = Name, Culture = Language.Culture, Body = Input.Body });
        return File(pdf, "application/pdf");
    }

    /// <summary>A language without its own wording starts from what its certificates print today.</summary>
    protected override async Task<CertificateTemplate?> StartingPointAsync(string name, string culture) =>
        BuiltInTemplates.Templates.Any(t => t.Name == name) || await Db.Set<CertificateTemplate>().AnyAsync(t => t.Name == name, Aborted)
            ? await templates.FindAsync(name, culture, Aborted)
            : null;

    private bool IsPrintable()
    {
        if (!ModelState.IsValid)
        {
            return false;
        }
        if (CertificateTemplateCheck.Find(liquid, Input.Body, Language.Culture) is { } problem)
        {
            ModelState.AddModelError("Input.Body", problem.Kind switch
            {
                TemplateProblemKind.NotLiquid => t["This is not a valid Liquid template: {0}", problem.Detail],
                TemplateProblemKind.FailsToRender => t["This template fails to render: {0}", problem.Detail],
                _ => t["The wording must render to {0} non-empty lines: the title, the words before the name, the words after it, the date line and the verification caption.", CertificateWording.LineCount],
            });
        }
        return ModelState.IsValid;
    }
}
