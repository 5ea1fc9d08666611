using Learning.Certificates.Issuing;
using Learning.Core.Modules;
using Learning.Core.Recipes;
using Learning.TideTurners.Badges;
using Learning.TideTurners.Challenge;
using Learning.TideTurners.Counts;
using Learning.TideTurners.Groups;
using Learning.TideTurners.Jobs;
using Learning.TideTurners.Recipes;
using Learning.TideTurners.Work;
using Learning.TideTurners.Youths;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Learning.Core.Cultures.UiText;

namespace Learning.TideTurners;

/// <summary>The Tide Turners Plastic Challenge: levels, groups and their leaders, review, Open Badges credentials, and minors' privacy.</summary>
public sealed class TideTurnersModule : ILearningModule
{
    public string Name => "TideTurners";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new PrivateHolderProgramme(BadgeIssuer.Programme));
        services.AddScoped<IRecipeStep, OrganisationsStep>();
        services.AddScoped<IRecipeStep, LevelsStep>();
        services.AddScoped<ChallengeContent>();
        services.AddScoped<ChallengeAccess>();
        services.AddScoped<GroupRoster>();
        services.AddScoped<Appointments>();
        services.AddScoped<WorkRecords>();
        services.AddScoped<Submissions>();
        services.AddScoped<ChallengeCounts>();
        services.AddScoped<SigningKeys>();
        services.AddScoped<BadgeIssuer>();
        services.AddScoped<BadgeVerifier>();
        services.AddScoped<RevocationList>();
        services.AddScoped<EvidencePhotos>();
        services.AddScoped<YouthData>();
        services.AddScoped<ReviewReminders>();
        services.AddScoped<Retention>();
        services.AddScoped<IScheduledWork, ChallengeSchedule>();
        services.AddScoped<IScheduledWork, SigningKeyProtection>();
        services.AddScoped<Core.Impact.IImpactSource, Impact.ChallengeImpact>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => TideTurnersModel.Configure(modelBuilder);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => OpenBadgesApi.Map(endpoints);

    public IEnumerable<Permission> Permissions => [TideTurnersPermissions.ManageTideTurners];

    public IEnumerable<AdminMenuEntry> AdminMenu => [new(Msgid("Tide Turners"), TideTurnersAddresses.Admin, TideTurnersPermissions.ManageTideTurnersName, 38)];

    /// <summary>The levels, the organisations that run the challenge and the reviewers' reminder e-mail.</summary>
    public IEnumerable<string> SetupRecipes => ["tide-turners.recipe.json"];

    public IEnumerable<ModuleRole> Roles => [new(TideTurnersRoles.YouthParticipant, []), new(TideTurnersRoles.GroupLeader, [])];
}
