namespace Learning.Core.Cultures;

/// <summary>
/// The plural rule of a language, read from the PO header
/// (<c>Plural-Forms: nplurals=3; plural=(n%10==1 &amp;&amp; n%100!=11 ? 0 : ...);</c>),
/// so that a new language needs a PO file and no code.
/// </summary>
public sealed class PluralRule
{
    private readonly PluralExpression expression;

    private PluralRule(int count, PluralExpression expression, string source)
    {
        Count = count;
        this.expression = expression;
        Source = source;
    }

    public int Count { get; }

    public string Source { get; }

    public static PluralRule Default { get; } = new(2, PluralExpression.Parse("n != 1"), "nplurals=2; plural=(n != 1);");

    public int FormFor(long n) => (int)Math.Clamp(expression.Evaluate(Math.Abs(n)), 0, Count - 1);

    public static PluralRule FromHeader(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return Default;
        }
        var parts = header.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("nplurals", out var count) || !int.TryParse(count, out var n) || n < 1 ||
            !parts.TryGetValue("plural", out var formula))
        {
            throw new FormatException($"Plural-Forms header is malformed: '{header}'");
        }
        return new PluralRule(n, PluralExpression.Parse(formula), header);
    }
}
