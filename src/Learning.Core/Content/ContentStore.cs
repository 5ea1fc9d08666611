using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.Core.Content;

/// <summary>Reads and versions content items. Saving never overwrites: it adds a version.</summary>
public sealed class ContentStore(LearningDbContext db, TimeProvider clock)
{
    private IQueryable<ContentItemVersion> Versions => db.Set<ContentItemVersion>();

    public Task<ContentItemVersion?> FindPublishedAsync(string contentType, string culture, string slug, CancellationToken ct = default) =>
        Versions.AsNoTracking().FirstOrDefaultAsync(v => v.Published && v.ContentType == contentType &&
            v.Localization.Culture == culture && v.Route.Slug == slug, ct);

    /// <summary>Finds a published item by slug in any language, to offer the languages it exists in.</summary>
    public Task<ContentItemVersion?> FindPublishedInAnyCultureAsync(string contentType, string slug, CancellationToken ct = default) =>
        Versions.AsNoTracking().OrderBy(v => v.Id).FirstOrDefaultAsync(v => v.Published && v.ContentType == contentType && v.Route.Slug == slug, ct);

    public Task<List<ContentItemVersion>> PublishedTranslationsAsync(string localizationSet, CancellationToken ct = default) =>
        Versions.AsNoTracking().Where(v => v.Published && v.Localization.Set == localizationSet)
            .OrderBy(v => v.Localization.Culture).ToListAsync(ct);

    public Task<ContentItemVersion?> LatestAsync(string contentItemId, CancellationToken ct = default) =>
        Versions.FirstOrDefaultAsync(v => v.ContentItemId == contentItemId && v.Latest, ct);

    public Task<List<ContentItemVersion>> HistoryAsync(string contentItemId, CancellationToken ct = default) =>
        Versions.AsNoTracking().Where(v => v.ContentItemId == contentItemId).OrderByDescending(v => v.Number).ToListAsync(ct);

    public Task<List<ContentItemVersion>> AllLatestAsync(CancellationToken ct = default) =>
        Versions.AsNoTracking().Where(v => v.Latest).OrderBy(v => v.Localization.Set).ThenBy(v => v.Localization.Culture).ToListAsync(ct);

    public Task<bool> SlugTakenAsync(string contentType, string culture, string slug, string exceptItemId, CancellationToken ct = default) =>
        Versions.AnyAsync(v => v.Latest && v.ContentType == contentType && v.Localization.Culture == culture &&
            v.Route.Slug == slug && v.ContentItemId != exceptItemId, ct);

    /// <summary>
    /// Adds a version when the draft differs from the latest one; publishes it when asked.
    /// Returns false when nothing changed, which is what makes a re-import a no-op.
    /// </summary>
    public async Task<bool> SaveAsync(ContentItemVersion draft, bool publish, string author, CancellationToken ct = default)
    {
        var latest = await LatestAsync(draft.ContentItemId, ct);
        if (latest is not null && latest.SameContentAs(draft))
        {
            return publish != latest.Published && await SetPublishedAsync(latest, publish, ct);
        }
        if (latest is not null)
        {
            latest.Latest = false;
        }
        var version = Copy(draft, (latest?.Number ?? 0) + 1, author);
        db.Add(version);
        // An unpublished new version leaves the published one live until it is published itself.
        if (publish)
        {
            await UnpublishAllAsync(draft.ContentItemId, ct);
            version.Published = true;
        }
        return true;
    }

    public async Task<bool> SetPublishedAsync(ContentItemVersion version, bool publish, CancellationToken ct = default)
    {
        if (publish)
        {
            await UnpublishAllAsync(version.ContentItemId, ct);
        }
        version.Published = publish;
        return true;
    }

    private async Task UnpublishAllAsync(string contentItemId, CancellationToken ct)
    {
        var published = await Versions.Where(v => v.ContentItemId == contentItemId && v.Published).ToListAsync(ct);
        published.ForEach(v => v.Published = false);
    }

    private ContentItemVersion Copy(ContentItemVersion draft, int number, string author) => new()
    {
        ContentItemId = draft.ContentItemId,
        ContentType = draft.ContentType,
        Number = number,
        Latest = true,
        Title = new TitlePart { Text = draft.Title.Text },
        Body = new BodyPart { Markdown = draft.Body.Markdown },
        Route = new RoutePart { Slug = draft.Route.Slug },
        Localization = new LocalizationPart { Culture = draft.Localization.Culture, Set = draft.Localization.Set },
        Author = author,
        CreatedUtc = clock.GetUtcNow().UtcDateTime,
    };
}
