using Learning.Web.Tests.Security;

namespace Learning.Web.Tests.Fuzzing;

/// <summary>
/// Turns a sensibly filled form into a hostile one: fields missing, empty, huge, of the wrong type,
/// with control characters or bytes that are not UTF-8, repeated, or naming records and languages
/// that are not the caller's. The same seed gives the same mutant.
/// </summary>
public sealed class FormMutator(IReadOnlyList<string> forgedIds)
{
    public sealed class Mutant(List<KeyValuePair<string, string>> values, string action)
    {
        public List<KeyValuePair<string, string>> Values { get; } = values;
        public string Action { get; set; } = action;

        /// <summary>Fields whose value is already percent-encoded, to carry bytes that are not UTF-8.</summary>
        public HashSet<string> Raw { get; } = [];
        public string Change { get; set; } = "";
    }

    private static readonly string[] WrongTypes = ["abc", "-1", "-99999999999", "99999999999999999999999", "NaN", "Infinity", "1e309", "0x1F", "2026-13-45", "31/02/2026", "true", "[]", "{}", "1,5", " "];
    private static readonly string[] Controls = ["\0", "a\0b", "\u0001\u0002\u001f", "\r\n\r\n", "\uFEFF", "\u202E", "\uFFFF", "\t"];
    private static readonly string[] NotUtf8 = ["%FF%FE", "%C3%28", "%ED%A0%80", "%F8%88%80%80%80", "abc%C0%AF"];
    private static readonly string[] Cultures = ["ar", "zz", "xx-YY", "EN", "zh-hans", "en-US", "../en", "", "th-TH-u-nu-thai"];

    public Mutant Mutate(SiteForms.Form form, int seed)
    {
        var random = new Random(seed);
        var values = SiteForms.Fill(form, _ => "Fuzzed text");
        var mutant = new Mutant(values, form.Action);
        var changes = new List<string>();
        for (var i = 0; i < 1 + random.Next(3); i++)
        {
            changes.Add(Apply(random, mutant));
        }
        mutant.Change = string.Join("; ", changes);
        return mutant;
    }

    private string Apply(Random random, Mutant mutant)
    {
        var values = mutant.Values;
        var editable = values.Select((v, i) => (v.Key, i)).Where(v => v.Key != "__RequestVerificationToken").ToList();
        var kind = random.Next(editable.Count == 0 ? 1 : 9);
        if (kind == 0)
        {
            return ForgeRoute(random, mutant);
        }
        var (name, index) = editable[random.Next(editable.Count)];
        switch (kind)
        {
            case 1:
                values.RemoveAt(index);
                return $"{name} missing";
            case 2:
                values[index] = new(name, "");
                return $"{name} empty";
            case 3:
                values[index] = new(name, new string((char)('a' + random.Next(26)), 100_000));
                return $"{name} 100k chars";
            case 4:
                values[index] = new(name, Pick(random, WrongTypes));
                return $"{name}='{values[index].Value}'";
            case 5:
                values[index] = new(name, "x" + Pick(random, Controls) + "y");
                return $"{name} control characters";
            case 6:
                mutant.Raw.Add(name);
                values[index] = new(name, "x" + Pick(random, NotUtf8));
                return $"{name} not UTF-8 '{values[index].Value}'";
            case 7:
                values.Insert(index, new(name, Pick(random, WrongTypes)));
                values.Add(new(name, values[index + 1].Value));
                return $"{name} repeated";
            default:
                values[index] = new(name, IsLanguage(name) ? Pick(random, Cultures) : Pick(random, forgedIds));
                return $"{name} forged '{values[index].Value}'";
        }
    }

    // Route values: the numbers and ids in the path, and the language in front.
    private string ForgeRoute(Random random, Mutant mutant)
    {
        var parts = mutant.Action.Split('?', 2);
        var segments = parts[0].Split('/');
        var candidates = Enumerable.Range(1, segments.Length - 1).Where(i => segments[i].Length > 0).ToList();
        if (candidates.Count == 0)
        {
            return "no route value";
        }
        var at = candidates[random.Next(candidates.Count)];
        segments[at] = Uri.EscapeDataString(at == 1 && segments[1].Length <= 7 ? Pick(random, Cultures) : Pick(random, forgedIds));
        mutant.Action = string.Join("/", segments) + (parts.Length > 1 ? "?" + parts[1] : "");
        return $"route {mutant.Action}";
    }

    private static bool IsLanguage(string name) =>
        name.Contains("culture", StringComparison.OrdinalIgnoreCase) || name.Contains("language", StringComparison.OrdinalIgnoreCase);

    private static string Pick(Random random, IReadOnlyList<string> choices) => choices[random.Next(choices.Count)];
}
