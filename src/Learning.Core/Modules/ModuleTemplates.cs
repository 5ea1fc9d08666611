using System.Reflection;
using System.Text.Json.Nodes;

namespace Learning.Core.Modules;

/// <summary>
/// Templates a module ships (e-mails, certificate wording): the items of the recipe step that holds
/// them, kept as a JSON array embedded in the module's assembly.
/// </summary>
public sealed record ModuleTemplates(string Step, Assembly Assembly, string Resource)
{
    public JsonArray Items()
    {
        using var stream = Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in {Assembly.GetName().Name}");
        return JsonNode.Parse(stream)!.AsArray();
    }

    /// <summary>The templates as a step of a recipe.</summary>
    public JsonObject AsStep() => new() { ["name"] = Step, ["data"] = Items() };
}
