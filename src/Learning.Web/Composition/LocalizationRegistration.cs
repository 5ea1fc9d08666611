using Learning.Core.Cultures;
using Learning.Core.Modules;
using Microsoft.Extensions.Localization;

namespace Learning.Web.Composition;

public static class LocalizationRegistration
{
    public static IServiceCollection AddLearningLocalization(this IServiceCollection services, ModuleCatalog modules)
    {
        services.AddSingleton(Translations(modules));
        services.AddSingleton<PoStringLocalizer>();
        services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<PoStringLocalizer>());
        services.AddSingleton<IStringLocalizerFactory, PoStringLocalizerFactory>();
        return services;
    }

    /// <summary>The kernel's PO files and every module's, as copied next to the application.</summary>
    public static TranslationCatalog Translations(ModuleCatalog modules) =>
        new(modules.StringsFolders.Select(f => Path.Combine(AppContext.BaseDirectory, f)));
}
