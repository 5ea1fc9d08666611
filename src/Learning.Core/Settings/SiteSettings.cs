using System.Collections.Frozen;

namespace Learning.Core.Settings;

/// <summary>Site settings in memory; the database is the truth and <see cref="SiteState"/> reloads them.</summary>
public sealed class SiteSettings
{
    public const string SiteName = "Site.Name";
    public const string PublicTheme = "Theme.Public";

    private volatile FrozenDictionary<string, string> values = FrozenDictionary<string, string>.Empty;

    public void Load(IEnumerable<SiteSetting> loaded) =>
        values = loaded.ToFrozenDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);

    public string Get(string key, string fallback = "") => values.GetValueOrDefault(key, fallback);

    public IReadOnlyDictionary<string, string> All => values;
}
