using System.Text;

namespace Learning.Core.Cultures;

/// <summary>Reads the subset of the PO format that translators' tools write.</summary>
internal sealed class PoParser(TextReader reader)
{
    private readonly Dictionary<string, PoEntry> entries = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, StringBuilder> translations = new();
    private StringBuilder? context;
    private StringBuilder? id;
    private StringBuilder? pluralId;
    private StringBuilder? current;
    private bool fuzzy;
    private int lineNumber;

    public PoFile Parse()
    {
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            ReadLine(raw.Trim());
        }
        Flush();
        var headers = ParseHeaders(entries.GetValueOrDefault(""));
        entries.Remove("");
        return new PoFile(entries, headers);
    }

    private void ReadLine(string line)
    {
        if (line.Length == 0)
        {
            return;
        }
        if (line.StartsWith('#'))
        {
            ReadComment(line);
            return;
        }
        if (line.StartsWith('"'))
        {
            (current ?? throw Error("a string continues nothing")).Append(Unquote(line));
            return;
        }
        ReadKeyword(line);
    }

    private void ReadComment(string line)
    {
        if (id is not null && translations.Count > 0)
        {
            Flush();
        }
        if (line.StartsWith("#,") && line.Contains("fuzzy", StringComparison.Ordinal))
        {
            fuzzy = true;
        }
    }

    private void ReadKeyword(string line)
    {
        var space = line.IndexOf(' ');
        if (space < 0)
        {
            throw Error("expected a keyword and a string");
        }
        var keyword = line[..space];
        var value = Unquote(line[(space + 1)..].Trim());
        if (keyword is "msgctxt" or "msgid" && translations.Count > 0)
        {
            Flush();
        }
        current = new StringBuilder(value);
        switch (keyword)
        {
            case "msgctxt": context = current; break;
            case "msgid": id = current; break;
            case "msgid_plural": pluralId = current; break;
            case "msgstr": translations[0] = current; break;
            default: translations[PluralIndex(keyword)] = current; break;
        }
    }

    private int PluralIndex(string keyword)
    {
        if (keyword.StartsWith("msgstr[", StringComparison.Ordinal) && keyword.EndsWith(']') &&
            int.TryParse(keyword.AsSpan(7, keyword.Length - 8), out var index) && index is >= 0 and < 10)
        {
            return index;
        }
        throw Error($"unknown keyword '{keyword}'");
    }

    private void Flush()
    {
        if (id is not null)
        {
            var ctx = context?.ToString();
            var list = translations.Values.Select(t => t.ToString()).ToList();
            entries[PoEntry.Key(ctx, id.ToString())] = new PoEntry(ctx, id.ToString(), pluralId?.ToString(), list, fuzzy);
        }
        context = null;
        id = null;
        pluralId = null;
        current = null;
        fuzzy = false;
        translations.Clear();
    }

    private string Unquote(string quoted)
    {
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"')
        {
            throw Error("expected a quoted string");
        }
        var body = quoted[1..^1];
        var result = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\' || i + 1 == body.Length)
            {
                result.Append(body[i]);
                continue;
            }
            i++;
            result.Append(body[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => body[i] });
        }
        return result.ToString();
    }

    private static Dictionary<string, string> ParseHeaders(PoEntry? header)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in (header?.Translations.FirstOrDefault() ?? "").Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }
        return headers;
    }

    private FormatException Error(string message) => new($"PO line {lineNumber}: {message}");
}
