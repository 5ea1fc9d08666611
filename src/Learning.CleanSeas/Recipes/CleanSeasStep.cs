using System.Text.Json.Nodes;
using Learning.CleanSeas.Pledges;
using Learning.CleanSeas.Registry;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Recipes;

/// <summary>
/// Recipe step "CleanSeas": regions (with the regional campaigns), official e-mail domains and
/// example pledges with published commitments. Items are matched by id, so a second import changes nothing.
/// </summary>
public sealed class CleanSeasStep(LearningDbContext db, TimeProvider clock, Core.Cultures.PoStringLocalizer t) : IRecipeStep
{
    public string Name => "CleanSeas";

    public int ExportOrder => 200;

    public void Validate(JsonObject step, string path, RecipeValidation validation)
    {
        Each(step, "regions", path, validation, (item, p) =>
        {
            validation.String(item, p, "id", maxLength: 100);
            validation.String(item, p, "campaign", required: false, maxLength: 100);
            ValidateNames(item, p, validation);
            ValidateCountries(item, p, validation);
        });
        if (step["domains"] is not null)
        {
            Each(step, "domains", path, validation, (item, p) =>
            {
                validation.String(item, p, "domain", maxLength: 200);
                if (!Countries.IsCode(validation.String(item, p, "country", maxLength: 2)))
                {
                    validation.Add($"{p}.country", "expected a two-letter country code");
                }
            });
        }
        Each(step, "pledges", path, validation, (item, p) =>
        {
            validation.String(item, p, "id", maxLength: 100);
            if (!Countries.IsCode(validation.String(item, p, "country", maxLength: 2)))
            {
                validation.Add($"{p}.country", "expected a two-letter country code");
            }
            Each(item, "commitments", p, validation, (c, cp) => ValidateCommitment(c, cp, validation));
        });
    }

    private static void ValidateNames(JsonObject region, string path, RecipeValidation validation)
    {
        if (region["names"] is not JsonObject names || names["en"] is null)
        {
            validation.Add($"{path}.names", "expected the names by language, English included");
            return;
        }
        foreach (var (culture, _) in names.ToList())
        {
            validation.Culture(culture, $"{path}.names.{culture}");
            validation.String(names, $"{path}.names", culture, maxLength: 200);
        }
    }

    private static void ValidateCountries(JsonObject region, string path, RecipeValidation validation)
    {
        if (region["countries"] is not JsonArray countries)
        {
            validation.Add($"{path}.countries", "expected an array of country codes");
            return;
        }
        for (var i = 0; i < countries.Count; i++)
        {
            var code = countries[i] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
            if (!Countries.IsCode(code))
            {
                validation.Add($"{path}.countries[{i}]", $"unknown country code '{countries[i]?.ToJsonString()}'");
            }
        }
    }

    private void ValidateCommitment(JsonObject item, string path, RecipeValidation validation)
    {
        var input = Input(item);
        foreach (var error in input.Check(t, new Commitment()))
        {
            validation.Add(path, error);
        }
    }

    public async Task ApplyAsync(JsonObject step, RecipeContext context, CancellationToken ct)
    {
        foreach (var item in (step["regions"] as JsonArray ?? []).OfType<JsonObject>().Select((r, i) => (r, i)))
        {
            var region = await db.Set<Region>().FindAsync([item.r["id"]!.ToString()], ct) ?? db.Add(new Region { Id = item.r["id"]!.ToString() }).Entity;
            region.Names = item.r["names"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.ToString());
            region.Countries = item.r["countries"]!.AsArray().Select(c => c!.ToString()).ToList();
            region.CampaignSet = item.r["campaign"]?.ToString();
            region.Order = item.i;
        }
        foreach (var domain in (step["domains"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (await db.Set<OfficialDomain>().FindAsync([domain["domain"]!.ToString()], ct) is null)
            {
                db.Add(new OfficialDomain { Domain = domain["domain"]!.ToString(), CountryCode = domain["country"]!.ToString() });
            }
        }
        foreach (var item in (step["pledges"] as JsonArray ?? []).OfType<JsonObject>())
        {
            await ApplyPledgeAsync(item, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task ApplyPledgeAsync(JsonObject item, CancellationToken ct)
    {
        var id = item["id"]!.ToString();
        if (await db.Set<Pledge>().AnyAsync(p => p.Id == id, ct))
        {
            return;
        }
        var kind = item["kind"]?.ToString() == "organisation" ? PledgeKind.Organisation : PledgeKind.Government;
        var now = clock.GetUtcNow().UtcDateTime;
        var pledge = new Pledge
        {
            Id = id, Kind = kind, CountryCode = item["country"]!.ToString(), OrganisationName = item["organisation"]?.ToString() ?? "",
            GovernmentCountry = kind == PledgeKind.Government ? item["country"]!.ToString() : null, Culture = item["culture"]?.ToString() ?? "en",
            Verification = Verification.Verified, AppliedUtc = now, VerifiedUtc = now,
        };
        foreach (var c in (item["commitments"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var commitment = new Commitment { Status = CommitmentStatus.Published, PublishedUtc = now };
            Input(c).Check(t, commitment);
            pledge.Commitments.Add(commitment);
        }
        db.Add(pledge);
    }

    private static CommitmentInput Input(JsonObject c) => new()
    {
        Title = c["title"]?.ToString(), Description = c["description"]?.ToString(), Category = c["category"]?.ToString(),
        Baseline = c["baseline"]?.ToJsonString(), Target = c["target"]?.ToJsonString(), Unit = c["unit"]?.ToString(),
        BaselineDate = c["baselineDate"]?.ToString(), TargetDate = c["targetDate"]?.ToString(), Partners = c["partners"]?.ToString(),
        Sdgs = (c["sdgs"] as JsonArray ?? []).Select(s => s?.ToString() ?? "").ToList(),
    };

    private static void Each(JsonObject parent, string property, string path, RecipeValidation validation, Action<JsonObject, string> check)
    {
        if (parent[property] is not JsonArray items)
        {
            validation.Add($"{path}.{property}", "expected an array");
            return;
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is JsonObject item)
            {
                check(item, $"{path}.{property}[{i}]");
            }
            else
            {
                validation.Add($"{path}.{property}[{i}]", "expected an object");
            }
        }
    }

    public Task<JsonObject?> ExportAsync(CancellationToken ct) => Task.FromResult<JsonObject?>(null);
}
