using Learning.Certificates.Issuing;
using Learning.Core.Data;
using Learning.Core.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Certificates.Pages.Admin.Certificates;

/// <summary>The wordings by template and language: which languages have the site's own, and which print the built-in one.</summary>
[Authorize(Policy = CertificatePermissions.ManageCertificatesName)]
public sealed class TemplatesModel(LearningDbContext db) : PageModel
{
    /// <summary>The languages each template has its own wording in, by template name.</summary>
    public SortedDictionary<string, HashSet<string>> Templates { get; private set; } = [];

    public async Task OnGetAsync() => Templates = await LanguageTemplateIndex.ReadAsync<CertificateTemplate>(
        db, BuiltInTemplates.Templates.Select(t => t.Name), HttpContext.RequestAborted);
}
