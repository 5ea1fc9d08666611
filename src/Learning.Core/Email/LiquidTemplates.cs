using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;

namespace Learning.Core.Email;

/// <summary>Renders administrator-edited Liquid templates. Values are HTML-encoded unless the template says raw.</summary>
public sealed class LiquidTemplates
{
    private static readonly FluidParser Parser = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> cache = new(StringComparer.Ordinal);

    public static bool TryParse(string source, out string error)
    {
        var ok = Parser.TryParse(source, out _, out var message);
        error = message ?? "";
        return ok;
    }

    public string Render(string source, IReadOnlyDictionary<string, object?> model, CultureInfo culture, bool html)
    {
        var template = cache.GetOrAdd(source, s => Parser.Parse(s));
        var options = new TemplateOptions { CultureInfo = culture, MemberAccessStrategy = new UnsafeMemberAccessStrategy() };
        var context = new TemplateContext(options);
        foreach (var (key, value) in model)
        {
            context.SetValue(key, value);
        }
        return template.Render(context, html ? HtmlEncoder.Default : NullEncoder.Default);
    }
}
