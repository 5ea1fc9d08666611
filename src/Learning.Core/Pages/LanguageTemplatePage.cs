using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Pages;

/// <summary>
/// The editor of one template in one language (an e-mail, a certificate's wording). A language
/// without its own starts from another text, and its first save adds the language's own. The route
/// says "lang", not "culture", because a "culture" route value sets the editor's own language.
/// </summary>
public abstract class LanguageTemplatePage<TTemplate>(LearningDbContext db, CultureCatalog cultures) : SitePage
    where TTemplate : class, ILanguageTemplate, new()
{
    protected LearningDbContext Db { get; } = db;

    public string Name { get; private set; } = "";

    public Language Language { get; private set; } = null!;

    /// <summary>The language has no text of its own yet: what the form shows is the one it starts from.</summary>
    public bool IsNew { get; private set; }

    /// <summary>The text a language without its own starts from; null when no template has this name.</summary>
    protected abstract Task<TTemplate?> StartingPointAsync(string name, string culture);

    /// <summary>The language's own template (tracked), or the one it starts from; null when the name or the language is unknown.</summary>
    protected async Task<TTemplate?> OpenAsync(string name, string lang)
    {
        if (cultures.Find(lang) is not { } language)
        {
            return null;
        }
        var own = await Db.Set<TTemplate>().FirstOrDefaultAsync(t => t.Name == name && t.Culture == language.Culture, Aborted);
        if ((own ?? await StartingPointAsync(name, language.Culture)) is not { } template)
        {
            return null;
        }
        (Name, Language, IsNew) = (name, language, own is null);
        return template;
    }

    /// <summary>
    /// Writes the edit into the language's own template, adding it when it is new. Another editor
    /// adding the same translation at the same moment is told to the editor, not answered with a 500.
    /// </summary>
    protected async Task<bool> SaveAsync(TTemplate opened, Action<TTemplate> edit, string changedMeanwhile)
    {
        var template = opened;
        if (IsNew)
        {
            template = new TTemplate { Name = Name, Culture = Language.Culture };
            Db.Add(template);
        }
        edit(template);
        try
        {
            await Db.SaveChangesAsync(Aborted);
            return true;
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("", changedMeanwhile);
            return false;
        }
    }
}
