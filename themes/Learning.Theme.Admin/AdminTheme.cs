using Learning.Core.Themes;

namespace Learning.Theme.Admin;

public sealed class AdminTheme : ITheme
{
    public string Name => "Learning.Theme.Admin";

    public string Layout => "_AdminLayout";

    public bool IsAdmin => true;
}
