namespace Learning.Core.Themes;

/// <summary>A theme is a Razor class library that provides a layout; the active one is a site setting.</summary>
public interface ITheme
{
    string Name { get; }

    /// <summary>The layout's view name, found by the Razor view engine in the theme's assembly.</summary>
    string Layout { get; }

    bool IsAdmin => false;
}
