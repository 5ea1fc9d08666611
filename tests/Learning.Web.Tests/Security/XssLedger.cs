using System.Text;

namespace Learning.Web.Tests.Security;

/// <summary>Which field or address each marker was typed into, and where its text came back.</summary>
public sealed class XssLedger
{
    private sealed record Origin(string Caller, string Form, string Field, bool IsAddress);

    private readonly List<Origin> origins = [];
    private readonly Dictionary<(string Form, string Field), HashSet<string>> shown = [];
    private readonly Dictionary<(string Form, string Field), HashSet<string>> reflected = [];
    private readonly Dictionary<string, List<int>> answers = [];

    public int Mark(string caller, SiteForms.Form form, SiteForms.Field field) => Add(new Origin(caller, form.Action, field.Name, false));

    public int MarkAddress(string caller, string path, string parameter) => Add(new Origin(caller, path, parameter, true));

    private int Add(Origin origin)
    {
        origins.Add(origin);
        return origins.Count - 1;
    }

    public void Posted(SiteForms.Form form, int status) => (answers.TryGetValue(form.Action, out var list) ? list : answers[form.Action] = []).Add(status);

    /// <summary>Notes every marker in a text; "answer" is the direct reply to the request that carried it.</summary>
    public void Seen(string text, string where)
    {
        foreach (var id in XssPayloads.Markers().Matches(text).Select(m => int.Parse(m.Groups[1].Value)).Distinct())
        {
            if (id >= origins.Count)
            {
                continue;
            }
            var origin = origins[id];
            var places = where == "answer" ? reflected : shown;
            (places.TryGetValue((origin.Form, origin.Field), out var set) ? set : places[(origin.Form, origin.Field)] = []).Add(where);
        }
    }

    private IEnumerable<(string Form, string Field)> FieldKeys => origins.Where(o => !o.IsAddress).Select(o => (o.Form, o.Field)).Distinct();

    public int Forms => answers.Count;

    public int Fields => FieldKeys.Count();

    public int FieldsShownAgain => FieldKeys.Count(shown.ContainsKey);

    public string Report(int formsPosted)
    {
        var text = new StringBuilder();
        var addresses = origins.Count(o => o.IsAddress);
        text.AppendLine($"{Forms} forms ({formsPosted} distinct), {Fields} text fields, {origins.Count - addresses} field payloads posted; {FieldsShownAgain} fields came back on a page, download or e-mail; {addresses} payloads in query strings and route values");
        foreach (var group in origins.Where(o => !o.IsAddress).GroupBy(o => (o.Form, o.Field)))
        {
            var (form, field) = group.Key;
            var statuses = string.Join(",", answers[form].GroupBy(s => s).Select(s => $"{s.Key}x{s.Count()}"));
            var places = shown.GetValueOrDefault(group.Key) ?? [];
            text.AppendLine($"{group.First().Caller,-24} {form} {field}: answered {statuses}; echoed in answer: {(reflected.ContainsKey(group.Key) ? "yes" : "no")}; shown again in {places.Count} places{(places.Count > 0 ? " e.g. " + string.Join(", ", places.Take(3)) : "")}");
        }
        return text.ToString();
    }
}
