using System.Text;

namespace Learning.Core.Email;

/// <summary>
/// What a template sees of the values put into it. An e-mail body is Markdown: its text part is the
/// Markdown itself and its HTML part is rendered from it, so a value that holds Markdown (a display
/// name like <c>[Click](https://evil.example) **urgent**</c>) would become a link and bold text in
/// mail the site signs. Text values are therefore escaped so Markdown reads them as plain characters,
/// and only a value given as a <see cref="Uri"/> (an address the site built) becomes a link.
/// </summary>
public static class MailValues
{
    /// <summary>Characters that open a Markdown construct anywhere on a line, with the emphasis extras, tables and HTML.</summary>
    private const string Anywhere = "\\`*_[]<>~^|&";

    /// <summary>Characters that open a block (heading, list, quote, setext line) at the start of a line.</summary>
    private const string LineStart = "#-+=>";

    /// <summary>
    /// For the body. An address becomes <c>&lt;https://…&gt;</c>: a link to Markdown whatever its host
    /// (a bare one would need a dotted domain), the way RFC 3986 suggests writing one in plain text,
    /// and a valid destination inside a template's own <c>[text]({{ link }})</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> ForMarkdown(IReadOnlyDictionary<string, object?> model) =>
        model.ToDictionary(p => p.Key, p => Convert(p.Value, EscapeMarkdown, uri => $"<{uri.AbsoluteUri}>"));

    /// <summary>For a subject line: plain text, on one line.</summary>
    public static IReadOnlyDictionary<string, object?> ForSubject(IReadOnlyDictionary<string, object?> model) =>
        model.ToDictionary(p => p.Key, p => Convert(p.Value, s => s.ReplaceLineEndings(" "), uri => uri.AbsoluteUri));

    private static object? Convert(object? value, Func<string, string> text, Func<Uri, string> address) => value switch
    {
        Uri uri => address(uri),
        string s => text(s),
        IEnumerable<string> list => list.Select(text).ToList(),
        _ => value,
    };

    /// <summary>Backslash-escapes what Markdown would read as markup, so the value reads as the characters it holds.</summary>
    public static string EscapeMarkdown(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        var lineStart = true;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (lineStart && c is ' ' or '\t')
            {
                escaped.Append(c);
                continue;
            }
            if (Anywhere.Contains(c) || (lineStart && LineStart.Contains(c)) || Doubled(value, i) || OpensAutolink(value, i) || EndsListNumber(value, i, lineStart))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
            lineStart = c is '\n' or '\r';
        }
        return escaped.ToString();
    }

    /// <summary>'==' marks text and '++' inserts it (the emphasis extras); one of either is plain.</summary>
    private static bool Doubled(string value, int i) =>
        value[i] is '=' or '+' && ((i + 1 < value.Length && value[i + 1] == value[i]) || (i > 0 && value[i - 1] == value[i]));

    /// <summary>The ':' of <c>http://</c>, <c>mailto:</c> and the like, and the '.' of <c>www.</c>: where autolinks begin.</summary>
    private static bool OpensAutolink(string value, int i) =>
        (value[i] == ':' && (Follows(value, i, "//") || Precedes(value, i, "mailto") || Precedes(value, i, "tel")))
        || (value[i] == '.' && Precedes(value, i, "www"));

    /// <summary>The '.' or ')' after digits that begin a line, which would start a numbered list.</summary>
    private static bool EndsListNumber(string value, int i, bool lineStart)
    {
        if (value[i] is not ('.' or ')') || lineStart)
        {
            return false;
        }
        var start = i;
        while (start > 0 && char.IsAsciiDigit(value[start - 1]))
        {
            start--;
        }
        while (start > 0 && value[start - 1] is ' ' or '\t')
        {
            start--;
        }
        return start < i && (start == 0 || value[start - 1] is '\n' or '\r') && char.IsAsciiDigit(value[i - 1]);
    }

    private static bool Follows(string value, int i, string text) => value.AsSpan(i + 1).StartsWith(text, StringComparison.Ordinal);

    private static bool Precedes(string value, int i, string word) =>
        i >= word.Length && value.AsSpan(i - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
