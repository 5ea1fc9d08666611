namespace Learning.Core.Cultures;

/// <summary>A parsed gettext PO file: its header and its entries keyed by context and msgid.</summary>
public sealed class PoFile
{
    public PoFile(IReadOnlyDictionary<string, PoEntry> entries, IReadOnlyDictionary<string, string> headers)
    {
        Entries = entries;
        Headers = headers;
        Plural = PluralRule.FromHeader(headers.GetValueOrDefault("Plural-Forms"));
    }

    public IReadOnlyDictionary<string, PoEntry> Entries { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public PluralRule Plural { get; }

    public PoEntry? Find(string id, string? context = null) =>
        Entries.TryGetValue(PoEntry.Key(context, id), out var entry) && entry.IsTranslated ? entry : null;

    public static PoFile Parse(TextReader reader) => new PoParser(reader).Parse();

    /// <summary>
    /// One culture's files read as one: each msgid belongs to one file, and the first file's header
    /// (the plural rule, the same in each) is kept.
    /// </summary>
    public static PoFile Merge(IReadOnlyList<PoFile> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }
        var entries = new Dictionary<string, PoEntry>(StringComparer.Ordinal);
        foreach (var (key, entry) in parts.SelectMany(p => p.Entries))
        {
            if (entry.IsTranslated || !entries.ContainsKey(key))
            {
                entries[key] = entry;
            }
        }
        return new PoFile(entries, parts[0].Headers);
    }

    public static PoFile Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader);
    }
}
