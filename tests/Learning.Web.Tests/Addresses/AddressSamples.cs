using System.Reflection;
using Learning.Core.Content;
using Learning.Courses.Authoring;

namespace Learning.Web.Tests.Addresses;

/// <summary>
/// Every address the code names, found by reflection so that a new one is checked without a list: the
/// string constants, properties and methods of the modules' address classes that produce a path, each
/// method called with sample arguments of the shapes its pages take.
/// </summary>
public static class AddressSamples
{
    public sealed record Sample(string Name, string Address, Assembly Owner);

    private static readonly Guid SampleGuid = Guid.Parse("00000000-0000-0000-0000-000000000007");

    public static IReadOnlyList<Type> Classes =>
        Learning.Web.Composition.Modules.Create().Modules.Select(m => m.GetType().Assembly)
            .Append(typeof(Program).Assembly).Append(typeof(ContentTypes).Assembly).Distinct()
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t is { IsAbstract: true, IsSealed: true } && (t.Name.EndsWith("Addresses", StringComparison.Ordinal) || t == typeof(AuthoringPaths) || t == typeof(ContentTypes)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();

    public static IEnumerable<Sample> All() => Classes.SelectMany(Of);

    private static IEnumerable<Sample> Of(Type type)
    {
        // Content is served by the host's pages, though the platform names its addresses.
        var owner = type == typeof(ContentTypes) ? typeof(Program).Assembly : type.Assembly;
        var values = type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(string)).Select(f => (f.Name, (string?)f.GetValue(null)))
            .Concat(type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(string)).Select(p => (p.Name, (string?)p.GetValue(null))))
            .Where(v => v.Item2 is not null && v.Item2.StartsWith('/'))
            .Select(v => new Sample($"{type.Name}.{v.Name}", v.Item2!, owner));
        var calls = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(string) && !m.IsSpecialName)
            .SelectMany(m => ArgumentsOf(m).Select(args => new Sample($"{type.Name}.{m.Name}({string.Join(", ", args.Select(a => a ?? "null"))})", (string)m.Invoke(null, args)!, owner)));
        return values.Concat(calls);
    }

    private static IEnumerable<object?[]> ArgumentsOf(MethodInfo method) =>
        method.GetParameters().Aggregate((IEnumerable<object?[]>)[[]],
            (sets, parameter) => sets.SelectMany(set => ValuesOf(method, parameter).Select(value => set.Append(value).ToArray())));

    private static IEnumerable<object?> ValuesOf(MethodInfo method, ParameterInfo parameter)
    {
        var values = parameter.ParameterType switch
        {
            var t when t == typeof(long) => [7L],
            var t when t == typeof(Guid) => [SampleGuid],
            var t when t == typeof(string) => StringsFor(parameter.Name!),
            _ => throw new InvalidOperationException($"{method.DeclaringType!.Name}.{method.Name}: no sample value of {parameter.ParameterType.Name} for {parameter.Name}"),
        };
        return parameter.HasDefaultValue && parameter.DefaultValue is null ? values.Prepend(null) : values;
    }

    private static IEnumerable<object?> StringsFor(string parameter) => parameter switch
    {
        "culture" => ["fr"],
        "contentType" => ContentTypes.All,
        "countryCode" => ["KE"],
        "kind" => ["lesson"],
        "page" => ["sign-in"],
        _ => ["sample-7"],
    };
}
