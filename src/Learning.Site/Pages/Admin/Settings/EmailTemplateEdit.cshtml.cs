using System.ComponentModel.DataAnnotations;
using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Core.Pages;
using Learning.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Learning.Site.Pages.Admin.Settings;

public sealed class TemplateInput
{
    [Required(ErrorMessage = "Enter a subject.")]
    [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
    [Display(Name = "Subject")]
    public string Subject { get; set; } = "";

    [Required(ErrorMessage = "Enter the text of the message.")]
    [StringLength(50_000, ErrorMessage = "The text is too long.")]
    [Display(Name = "Text (Liquid and Markdown)")]
    public string Body { get; set; } = "";
}

/// <summary>Edits one e-mail template in one language; a missing translation starts from the English one.</summary>
[Authorize(Policy = SitePermissions.ManageSettingsName)]
public sealed class EmailTemplateEditModel(LearningDbContext db, CultureCatalog cultures, AuditLog audit, PoStringLocalizer t)
    : LanguageTemplatePage<EmailTemplate>(db, cultures)
{
    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string name, string lang)
    {
        if (await OpenAsync(name, lang) is not { } template)
        {
            return NotFound();
        }
        Input = new TemplateInput { Subject = template.Subject, Body = template.Body };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, string lang)
    {
        if (await OpenAsync(name, lang) is not { } template)
        {
            return NotFound();
        }
        CheckLiquid(nameof(Input.Subject), Input.Subject);
        CheckLiquid(nameof(Input.Body), Input.Body);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        audit.Record("email-template.saved", $"{Name}/{Language.Culture}", Input.Subject);
        if (!await SaveAsync(template, own => (own.Subject, own.Body) = (Input.Subject, Input.Body),
            t["This template was changed by someone else meanwhile. Open it again and repeat your change."]))
        {
            return Page();
        }
        return Done(t["The template was saved."], SiteAddresses.EmailTemplates);
    }

    private void CheckLiquid(string field, string? source)
    {
        if (source is not null && !LiquidTemplates.TryParse(source, out var error))
        {
            ModelState.AddModelError($"Input.{field}", t["This is not a valid Liquid template: {0}", error]);
        }
    }

    protected override Task<EmailTemplate?> StartingPointAsync(string name, string culture) =>
        Db.Set<EmailTemplate>().AsNoTracking().Where(e => e.Name == name)
            .OrderBy(e => e.Culture == CultureCatalog.DefaultCulture ? 0 : 1).ThenBy(e => e.Culture).FirstOrDefaultAsync(Aborted);
}
