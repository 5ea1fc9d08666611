using Learning.Core.Email;
using Microsoft.Extensions.Options;

namespace Learning.Web.Composition;

public static class EmailRegistration
{
    public static IServiceCollection AddLearningEmail(this IServiceCollection services, IConfiguration configuration, LearningOptions options)
    {
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection("Learning:Smtp"))
            .Validate(o => o.LeaseSeconds >= SmtpOptions.MinLeaseSeconds, $"Learning:Smtp:LeaseSeconds must be at least {SmtpOptions.MinLeaseSeconds}")
            .Validate(o => o.RetrySeconds >= 1, "Learning:Smtp:RetrySeconds must be at least 1")
            .ValidateOnStart();
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
