using Learning.CleanSeas.Pledges;
using Learning.CleanSeas.Progress;
using Learning.CleanSeas.Recipes;
using Learning.CleanSeas.Registry;
using Learning.CleanSeas.Surveys;
using Learning.Core.Modules;
using Learning.Core.Recipes;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Learning.Core.Cultures.UiText;

namespace Learning.CleanSeas;

/// <summary>The Clean Seas campaign: pledges, commitments and their review, the public registry, progress reports and the review survey.</summary>
public sealed class CleanSeasModule : ILearningModule
{
    public string Name => "CleanSeas";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IRecipeStep, CleanSeasStep>();
        services.AddScoped<Applications>();
        services.AddScoped<CommitmentWorkflow>();
        services.AddScoped<ProgressReporting>();
        services.AddScoped<RegistryQuery>();
        services.AddScoped<SurveyEditing>();
        services.AddScoped<SurveyAnswers>();
        services.AddScoped<SurveyResults>();
        services.AddScoped<SurveyInvitations>();
        services.AddScoped<Individuals.IndividualPledges>();
        services.AddScoped<CampaignDaily>();
        services.AddScoped<IScheduledWork, CampaignSchedule>();
        services.AddScoped<Core.Impact.IImpactSource, Impact.CampaignImpact>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => CleanSeasModel.Configure(modelBuilder);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => RegistryApi.Map(endpoints);

    public IEnumerable<Permission> Permissions => [CleanSeasPermissions.Moderate];

    public IEnumerable<AdminMenuEntry> AdminMenu => [new(Msgid("Clean Seas"), CleanSeasAddresses.Admin, CleanSeasPermissions.ModerateName, 45)];

    /// <summary>The regions, example pledges and the campaign's e-mails.</summary>
    public IEnumerable<string> SetupRecipes => ["clean-seas.recipe.json"];

    public IEnumerable<ModuleRole> Roles =>
    [
        new(CleanSeasRoles.CampaignModerator, [Core.Security.SitePermissions.AccessAdminName, CleanSeasPermissions.ModerateName]),
        new(CleanSeasRoles.GovernmentFocalPoint, []),
        new(CleanSeasRoles.OrganisationPledger, []),
    ];
}
