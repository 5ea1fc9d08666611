using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Learning.Core.Recipes;

namespace Learning.Core.Content;

/// <summary>Recipe step "Content": pages, news and campaign pages, each with a stable id.</summary>
public sealed partial class ContentStep(ContentStore store) : IRecipeStep
{
    public string Name => "Content";

    public int ExportOrder => 50;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex ItemId();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$|^$")]
    public static partial Regex Slug();

    public void Validate(JsonObject step, string path, RecipeValidation validation)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var routes = new HashSet<string>(StringComparer.Ordinal);
        var translations = new HashSet<string>(StringComparer.Ordinal);
        validation.ForEachItem(step, path, (item, itemPath) =>
        {
            var id = validation.String(item, itemPath, "id", maxLength: 100);
            if (id is not null && !ItemId().IsMatch(id))
            {
                validation.Add($"{itemPath}.id", "may hold only letters, digits, '.', '_' and '-'");
            }
            validation.Unique(ids, id, $"{itemPath}.id");
            var type = validation.String(item, itemPath, "contentType", maxLength: 50);
            if (type is not null && !ContentTypes.All.Contains(type))
            {
                validation.Add($"{itemPath}.contentType", $"unknown content type '{type}'; known: {string.Join(", ", ContentTypes.All)}");
            }
            var culture = validation.String(item, itemPath, "culture", maxLength: 20);
            validation.Culture(culture, $"{itemPath}.culture");
            var set = validation.String(item, itemPath, "localizationSet", maxLength: 100);
            validation.String(item, itemPath, "title", maxLength: 300);
            validation.String(item, itemPath, "body", maxLength: 100_000);
            validation.Boolean(item, itemPath, "published");
            var slug = validation.String(item, itemPath, "slug", maxLength: 200);
            if (slug is not null && !Slug().IsMatch(slug))
            {
                validation.Add($"{itemPath}.slug", "may hold only lowercase letters, digits and single hyphens");
            }
            if (!routes.Add($"{type}|{culture}|{slug}"))
            {
                validation.Add($"{itemPath}.slug", $"'{slug}' is used twice in '{culture}'");
            }
            if (!translations.Add($"{set}|{culture}"))
            {
                validation.Add($"{itemPath}.culture", $"localization set '{set}' has two items in '{culture}'");
            }
        });
    }

    public async Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct)
    {
        foreach (var item in step["data"]!.AsArray().Cast<JsonObject>())
        {
            var draft = new ContentItemVersion
            {
                ContentItemId = item["id"]!.GetValue<string>(),
                ContentType = item["contentType"]!.GetValue<string>(),
                Title = new TitlePart { Text = item["title"]!.GetValue<string>() },
                Body = new BodyPart { Markdown = item["body"]!.GetValue<string>() },
                Route = new RoutePart { Slug = item["slug"]!.GetValue<string>() },
                Localization = new LocalizationPart { Culture = item["culture"]!.GetValue<string>(), Set = item["localizationSet"]!.GetValue<string>() },
            };
            await store.SaveAsync(draft, item["published"]?.GetValue<bool>() ?? true, context.Actor, ct);
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var items = (await store.AllLatestAsync(ct)).OrderBy(v => v.ContentItemId, StringComparer.Ordinal);
        var data = new JsonArray(items.Select(v => (JsonNode)new JsonObject
        {
            ["id"] = v.ContentItemId,
            ["contentType"] = v.ContentType,
            ["localizationSet"] = v.Localization.Set,
            ["culture"] = v.Localization.Culture,
            ["title"] = v.Title.Text,
            ["slug"] = v.Route.Slug,
            ["body"] = v.Body.Markdown,
            ["published"] = v.Published,
        }).ToArray());
        return new JsonObject { ["name"] = Name, ["data"] = data };
    }
}
