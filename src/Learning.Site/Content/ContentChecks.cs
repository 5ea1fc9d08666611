using Learning.Core.Content;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Learning.Site.Content;

/// <summary>What a content item must satisfy before it is saved, beyond its data annotations, and its new id.</summary>
public sealed class ContentChecks(LearningDbContext db, ContentStore store, CultureCatalog cultures, PoStringLocalizer t)
{
    /// <summary>Adds the problems of <paramref name="input"/> to <paramref name="errors"/>; normalises the culture's spelling.</summary>
    public async Task CheckAsync(ContentInput input, string? id, ModelStateDictionary errors)
    {
        if (!ContentTypes.All.Contains(input.ContentType))
        {
            errors.AddModelError("Input.ContentType", t["Choose a content type."]);
        }
        if (cultures.Find(input.Culture) is { } language)
        {
            input.Culture = language.Culture;
        }
        else
        {
            errors.AddModelError("Input.Culture", t["Choose a language."]);
        }
        CheckSlug(input, errors);
        if (errors.IsValid)
        {
            await CheckUniqueAsync(input, id ?? "", errors);
        }
    }

    /// <summary>A readable, stable id; a number is added when it is already taken.</summary>
    public async Task<string> NewIdAsync(ContentInput input)
    {
        var stem = $"{input.ContentType.ToLowerInvariant()}-{input.Set}-{input.Culture}";
        stem = stem[..Math.Min(stem.Length, 94)];
        var id = stem;
        for (var n = 2; await store.LatestAsync(id) is not null; n++)
        {
            id = $"{stem}-{n}";
        }
        return id;
    }

    private void CheckSlug(ContentInput input, ModelStateDictionary errors)
    {
        if (!ContentStep.Slug().IsMatch(input.Slug))
        {
            errors.AddModelError("Input.Slug", t["Use only lowercase letters, digits and single hyphens."]);
        }
        else if (input.Slug.Length == 0 && input.ContentType != ContentTypes.Page)
        {
            errors.AddModelError("Input.Slug", t["Enter an address."]);
        }
    }

    private async Task CheckUniqueAsync(ContentInput input, string id, ModelStateDictionary errors)
    {
        if (await store.SlugTakenAsync(input.ContentType, input.Culture, input.Slug, id))
        {
            errors.AddModelError("Input.Slug", t["This address is already used in this language."]);
        }
        var translated = await db.Set<ContentItemVersion>().AnyAsync(v => v.Latest && v.ContentItemId != id &&
            v.Localization.Set == input.Set && v.Localization.Culture == input.Culture);
        if (translated)
        {
            errors.AddModelError("Input.Culture", t["This item already has a translation in this language."]);
        }
    }
}
