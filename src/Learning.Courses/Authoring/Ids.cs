using System.Text;
using Learning.Courses.Editions;

namespace Learning.Courses.Authoring;

/// <summary>
/// Readable, stable ids for what editors create, in the style of the recipes' ids
/// (<c>mooc-run-4-leadership-ar-u1-l2</c>), so that exported recipes stay legible.
/// </summary>
internal static class Ids
{
    private const int StemLength = ContentRules.IdLength - 10;

    /// <summary>The stem itself, or the stem with -2, -3... when it is taken.</summary>
    public static async Task<string> FreeAsync(string stem, Func<string, Task<bool>> taken)
    {
        stem = Fit(stem);
        var id = stem;
        for (var n = 2; await taken(id); n++)
        {
            id = $"{stem}-{n}";
        }
        return id;
    }

    /// <summary>The first of stem+from, stem+(from+1)... that is free, e.g. edition-u3.</summary>
    public static async Task<string> NumberedAsync(string stem, int from, Func<string, Task<bool>> taken)
    {
        stem = Fit(stem);
        var n = from;
        while (await taken($"{stem}{n}"))
        {
            n++;
        }
        return $"{stem}{n}";
    }

    /// <summary>Lowercase letters and digits joined by single hyphens; the fallback when nothing of the text is left.</summary>
    public static string Slug(string? text, string fallback)
    {
        var slug = new StringBuilder();
        foreach (var c in (text ?? "").ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var result = Fit(slug.ToString().Trim('-'));
        return result.Length == 0 ? fallback : result;
    }

    private static string Fit(string stem) => stem.Length <= StemLength ? stem : stem[..StemLength].TrimEnd('-');
}
