using Learning.Core.Modules;
using Learning.Core.Settings;
using Learning.Core.Themes;
using Learning.Theme.Admin;
using Learning.Theme.Public;

namespace Learning.Web.Composition;

/// <summary>The host's own pieces: the themes and the settings that choose between them.</summary>
public sealed class WebModule : ILearningModule
{
    public string Name => "Web";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ITheme, PublicTheme>();
        services.AddSingleton<ITheme, AdminTheme>();
        services.AddSingleton(sp => new SettingDefinition(SiteSettings.PublicTheme, "The active public theme", value =>
            sp.GetServices<ITheme>().Any(t => !t.IsAdmin && t.Name == value) ? null : $"unknown theme '{value}'"));
    }
}
