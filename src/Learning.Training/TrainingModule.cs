using Learning.Core.Modules;
using Learning.Core.Recipes;
using Learning.Training.Cascade;
using Learning.Training.Cohorts;
using Learning.Training.Curriculum;
using Learning.Training.Jobs;
using Learning.Training.Recipes;
using Learning.Training.Sessions;
using Learning.Training.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Learning.Core.Cultures.UiText;

namespace Learning.Training;

/// <summary>Masterclasses and the train-the-trainer curriculum: cohorts, sessions, attendance, surveys, accreditation and the cascade.</summary>
public sealed class TrainingModule : ILearningModule
{
    public string Name => "Training";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IRecipeStep, TrainingStep>();
        services.AddScoped<CohortAccess>();
        services.AddScoped<CohortOpening>();
        services.AddScoped<CalendarOrganizers>();
        services.AddScoped<ParticipantMail>();
        services.AddScoped<Admissions>();
        services.AddScoped<SessionPlanner>();
        services.AddScoped<AttendanceRegister>();
        services.AddScoped<TrainingCertificates>();
        services.AddScoped<SurveySubmissions>();
        services.AddScoped<Accreditations>();
        services.AddScoped<CascadeView>();
        services.AddScoped<TrainingSweep>();
        services.AddScoped<IScheduledWork, TrainingSchedule>();
        services.AddScoped<Core.Impact.IImpactSource, Impact.TrainingImpact>();
        services.AddSingleton(TrainingSettings.ReplyAddressDefinition);
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => TrainingModel.Configure(modelBuilder);

    public IEnumerable<Permission> Permissions => [TrainingPermissions.ManageTraining];

    public IEnumerable<AdminMenuEntry> AdminMenu => [new(Msgid("Training"), TrainingAddresses.Admin, TrainingPermissions.ManageTrainingName, 40)];

    /// <summary>The curriculum, survey categories and example cohorts, with the programmes' e-mails and certificate wording.</summary>
    public IEnumerable<string> SetupRecipes => ["training.recipe.json"];

    public IEnumerable<ModuleRole> Roles =>
    [
        new(Core.Security.RoleNames.Administrator, [TrainingPermissions.ManageTrainingName]),
        new(TrainingRoles.Trainer, []),
    ];
}
