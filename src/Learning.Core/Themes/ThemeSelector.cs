using Learning.Core.Settings;

namespace Learning.Core.Themes;

/// <summary>Picks the layout of the active public theme, and the admin theme's layout.</summary>
public sealed class ThemeSelector(IEnumerable<ITheme> themes, SiteSettings settings)
{
    public const string DefaultPublicTheme = "Learning.Theme.Public";

    public IReadOnlyList<ITheme> PublicThemes { get; } = themes.Where(t => !t.IsAdmin).ToList();

    public string PublicLayout =>
        (PublicThemes.FirstOrDefault(t => t.Name == settings.Get(SiteSettings.PublicTheme, DefaultPublicTheme))
         ?? PublicThemes.First()).Layout;

    public string AdminLayout => themes.First(t => t.IsAdmin).Layout;

    public bool IsPublicTheme(string name) => PublicThemes.Any(t => t.Name == name);
}
