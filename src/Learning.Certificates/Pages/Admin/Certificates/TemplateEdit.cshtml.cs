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
/// to the five lines. The route says "lang", not "culture", which would set the admin's own language.
/// </summary>
[Authorize(Policy = CertificatePermissions.ManageCertificatesName)]
public sealed class TemplateEditModel(
    LearningDbContext db, CertificateTemplates templates, CultureCatalog cultures, LiquidTemplates liquid, TemplatePreview preview, AuditLog audit, PoStringLocalizer t)
    : SitePage
{
    [BindProperty]
    public WordingInput Input { get; set; } = new();

    public string Name { get; private set; } = "";

    public Language Language { get; private set; } = null!;

    public bool IsNew { get; private set; }

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
        if (IsNew)
        {
            template = new CertificateTemplate { Name = Name, Culture = Language.Culture };
            db.Add(template);
        }
        template.Body = Input.Body;
        audit.Record("certificate-template.saved", $"{Name}/{Language.Culture}", Input.Body);
        try
        {
            await db.SaveChangesAsync(Aborted);
        }
        catch (DbUpdateException)
        {
            // Another administrator added this translation at the same moment.
            ModelState.AddModelError("", t["This wording was changed by someone else meanwhile. Open it again and repeat your change."]);
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

    /// <summary>The template to edit (tracked), or the wording a new translation starts from; null when the name or the language is unknown.</summary>
    private async Task<CertificateTemplate?> OpenAsync(string name, string culture)
    {
        if (cultures.Find(culture) is not { } language)
        {
            return null;
        }
        var own = await db.Set<CertificateTemplate>().FirstOrDefaultAsync(t => t.Name == name && t.Culture == language.Culture, Aborted);
        var known = own is not null || BuiltInTemplates.Templates.Any(t => t.Name == name)
            || await db.Set<CertificateTemplate>().AnyAsync(t => t.Name == name, Aborted);
        if (!known)
        {
            return null;
        }
        (Name, Language, IsNew) = (name, language, own is null);
        return own ?? await templates.FindAsync(name, language.Culture, Aborted);
    }
}
