using Learning.Core.Themes;

namespace Learning.Theme.Public;

public sealed class PublicTheme : ITheme
{
    public string Name => "Learning.Theme.Public";

    public string Layout => "_PublicLayout";
}
