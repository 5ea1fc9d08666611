using Learning.Core.Cultures;
using Microsoft.Extensions.Localization;

namespace Learning.Web.Composition;

public static class LocalizationRegistration
{
    public static IServiceCollection AddLearningLocalization(this IServiceCollection services, IWebHostEnvironment environment)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Localization");
        if (!Directory.Exists(folder))
        {
            folder = Path.Combine(environment.ContentRootPath, "Localization");
        }
        services.AddSingleton(new TranslationCatalog(folder));
        services.AddSingleton<PoStringLocalizer>();
        services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<PoStringLocalizer>());
        services.AddSingleton<IStringLocalizerFactory, PoStringLocalizerFactory>();
        return services;
    }
}
