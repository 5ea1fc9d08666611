using Learning.Core.Modules;
using Learning.Impact.Dashboard;
using Learning.Impact.Report;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Learning.Core.Cultures.UiText;

namespace Learning.Impact;

/// <summary>
/// The impact dashboard and the progress report. It owns no programme data: every figure comes
/// from the programme modules' <see cref="Learning.Core.Impact.IImpactSource"/>s.
/// </summary>
public sealed class ImpactModule : ILearningModule
{
    public string Name => "Impact";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ImpactDashboard>();
        services.AddScoped<ImpactLabels>();
        services.AddSingleton<ReportRenderer>();
        services.AddSingleton<ReportLanguages>();
        services.AddScoped<ProgressReports>();
        services.AddScoped<ProgressReportBuilder>();
        services.AddScoped<IScheduledWork, ProgressReportSchedule>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => ReportModel.Configure(modelBuilder);

    public IEnumerable<Permission> Permissions => [ImpactPermissions.ReportImpact];

    public IEnumerable<AdminMenuEntry> AdminMenu => [new(Msgid("Impact"), ImpactAddresses.Admin, ImpactPermissions.ReportImpactName, 60)];
}
