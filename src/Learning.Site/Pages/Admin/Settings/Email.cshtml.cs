using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Core.Pages;
using Learning.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Learning.Site.Pages.Admin.Settings;

[Authorize(Policy = SitePermissions.ManageSettingsName)]
public sealed class EmailModel(LearningDbContext db) : PageModel
{
    /// <summary>The cultures each template exists in, by template name.</summary>
    public SortedDictionary<string, HashSet<string>> Templates { get; private set; } = [];

    public async Task OnGetAsync() => Templates = await LanguageTemplateIndex.ReadAsync<EmailTemplate>(db, [], HttpContext.RequestAborted);
}
