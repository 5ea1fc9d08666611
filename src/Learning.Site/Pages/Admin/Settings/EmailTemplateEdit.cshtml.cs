using System.ComponentModel.DataAnnotations;
using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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

/// <summary>
/// Edits one template in one language; a missing translation starts from the English one. The
/// route says "lang", not "culture", because a "culture" route value sets the admin's own language.
/// </summary>
[Authorize(Policy = SitePermissions.ManageSettingsName)]
public sealed class EmailTemplateEditModel(LearningDbContext db, CultureCatalog cultures, AuditLog audit, PoStringLocalizer t) : PageModel
{
    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    public string Name { get; private set; } = "";

    public Language Language { get; private set; } = null!;

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(string name, string lang)
    {
        if (await FindAsync(name, lang) is not { } template)
        {
            return NotFound();
        }
        Input = new TemplateInput { Subject = template.Subject, Body = template.Body };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, string lang)
    {
        if (await FindAsync(name, lang) is not { } template)
        {
            return NotFound();
        }
        CheckLiquid(nameof(Input.Subject), Input.Subject);
        CheckLiquid(nameof(Input.Body), Input.Body);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (IsNew)
        {
            template = new EmailTemplate { Name = Name, Culture = Language.Culture };
            db.Add(template);
        }
        template.Subject = Input.Subject;
        template.Body = Input.Body;
        audit.Record("email-template.saved", $"{Name}/{Language.Culture}", Input.Subject);
        await db.SaveChangesAsync();
        TempData["Message"] = t["The template was saved."].Value;
        return Redirect(SiteAddresses.EmailTemplates);
    }

    private void CheckLiquid(string field, string? source)
    {
        if (source is not null && !LiquidTemplates.TryParse(source, out var error))
        {
            ModelState.AddModelError($"Input.{field}", t["This is not a valid Liquid template: {0}", error]);
        }
    }

    /// <summary>The template to edit (tracked), or the one a new translation starts from; null when the name or the language is unknown.</summary>
    private async Task<EmailTemplate?> FindAsync(string name, string culture)
    {
        if (cultures.Find(culture) is not { } language)
        {
            return null;
        }
        var all = await db.Set<EmailTemplate>().Where(e => e.Name == name).ToListAsync();
        var exact = all.FirstOrDefault(e => e.Culture == language.Culture);
        (Name, Language, IsNew) = (name, language, exact is null);
        return exact ?? all.FirstOrDefault(e => e.Culture == CultureCatalog.DefaultCulture) ?? all.FirstOrDefault();
    }
}
