using Learning.Core.Data;
using Learning.Core.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Pages;

/// <summary>What the list of a kind of template shows: each name with the languages that have their own text.</summary>
public static class LanguageTemplateIndex
{
    /// <summary>The languages by template name; the names in <paramref name="always"/> are listed even with no text of their own.</summary>
    public static async Task<SortedDictionary<string, HashSet<string>>> ReadAsync<TTemplate>(
        LearningDbContext db, IEnumerable<string> always, CancellationToken ct) where TTemplate : class, ILanguageTemplate
    {
        var index = new SortedDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var name in always)
        {
            index.TryAdd(name, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
        }
        var rows = await db.Set<TTemplate>().AsNoTracking().Select(t => new { t.Name, t.Culture }).ToListAsync(ct);
        foreach (var row in rows)
        {
            index.TryAdd(row.Name, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
            index[row.Name].Add(row.Culture);
        }
        return index;
    }
}
