using System.Text.Json.Nodes;

namespace Learning.Web.Tests.Fuzzing;

/// <summary>
/// Makes one small, reproducible change to a JSON document: a value removed, replaced by one of
/// another type or an awkward one, an array item duplicated, a key misspelt, or the text cut short.
/// The same seed always gives the same mutant, so a failure can be replayed.
/// </summary>
public static class JsonMutator
{
    private static readonly Func<JsonNode?>[] Awkward =
    [
        () => null, () => 42, () => -1, () => 1e300, () => true, () => "", () => " ",
        () => new string('x', 5000), () => "<script>alert(1)</script>", () => "\u0000\u202e", () => "9999-99-99",
        () => "zz", () => new JsonArray(), () => new JsonObject(), () => new JsonArray(1, "a", null),
    ];

    public static (string Json, string Change) Mutate(string source, int seed)
    {
        var random = new Random(seed);
        if (random.Next(10) == 0)
        {
            var cut = random.Next(source.Length);
            return (source[..cut], $"text cut at {cut}");
        }
        var root = JsonNode.Parse(source)!;
        var places = Places(root).ToList();
        var (parent, key, index) = places[random.Next(places.Count)];
        var change = Change(parent, key, index, random);
        return (root.ToJsonString(), change);
    }

    private static string Change(JsonNode parent, string? key, int index, Random random)
    {
        var path = key is null ? $"{parent.GetPath()}[{index}]" : $"{parent.GetPath()}.{key}";
        switch (random.Next(4))
        {
            case 0:
                Remove(parent, key, index);
                return $"removed {path}";
            case 1 when parent is JsonArray array:
                array.Insert(index, array[index]?.DeepClone());
                return $"duplicated {path}";
            case 2 when parent is JsonObject obj && key is not null:
                var value = obj[key]?.DeepClone();
                obj.Remove(key);
                obj[key + "x"] = value;
                return $"renamed {path} to {key}x";
            default:
                var awkward = Awkward[random.Next(Awkward.Length)]();
                Set(parent, key, index, awkward);
                var shown = awkward?.ToJsonString() ?? "null";
                return $"set {path} to {(shown.Length > 40 ? shown[..40] + "…" : shown)}";
        }
    }

    private static void Remove(JsonNode parent, string? key, int index)
    {
        if (parent is JsonObject obj)
        {
            obj.Remove(key!);
        }
        else
        {
            parent.AsArray().RemoveAt(index);
        }
    }

    private static void Set(JsonNode parent, string? key, int index, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[key!] = value;
        }
        else
        {
            parent.AsArray()[index] = value;
        }
    }

    private static IEnumerable<(JsonNode Parent, string? Key, int Index)> Places(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    yield return (obj, key, -1);
                    if (child is not null)
                    {
                        foreach (var place in Places(child))
                        {
                            yield return place;
                        }
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, null, i);
                    if (array[i] is { } child)
                    {
                        foreach (var place in Places(child))
                        {
                            yield return place;
                        }
                    }
                }
                break;
        }
    }
}
