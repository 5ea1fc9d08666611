using Learning.Core.Email;
using Microsoft.Extensions.Options;

namespace Learning.Web.Composition;

public static class EmailRegistration
{
    public static IServiceCollection AddLearningEmail(this IServiceCollection services, IConfiguration configuration, LearningOptions options)
    {
        services.Configure<SmtpOptions>(configuration.GetSection("Learning:Smtp"));
        services.AddSingleton<IMailTransport>(sp =>
        {
            var smtp = sp.GetRequiredService<IOptions<SmtpOptions>>();
            return string.IsNullOrWhiteSpace(smtp.Value.Host)
                ? new PickupFolderMailTransport(options.PickupFolder)
                : new SmtpMailTransport(smtp);
        });
        return services;
    }
}
