namespace Learning.Web.Setup;

/// <summary>
/// Runs <see cref="SiteSetup"/> when the host starts, before the web server and the job server,
/// so no request or job ever sees an unmigrated or empty site.
/// </summary>
public sealed class SiteSetupService(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SiteSetup>().RunAsync(ct: ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
