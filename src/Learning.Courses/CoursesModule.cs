using Learning.Certificates.Reissuing;
using Learning.Core.Modules;
using Learning.Core.Recipes;
using Learning.Core.Security;
using Learning.Courses.Authoring;
using Learning.Courses.Editions;
using Learning.Courses.Enrolments;
using Learning.Courses.Progress;
using Learning.Courses.Recipes;
using Learning.Courses.Releases;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Learning.Core.Cultures.UiText;

namespace Learning.Courses;

/// <summary>The MOOC and masterclass courses: catalog, editions, enrolment, learning, quizzes and releases.</summary>
public sealed class CoursesModule : ILearningModule
{
    public string Name => "Courses";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IRecipeStep, CoursesStep>();
        services.AddScoped<IRecipeStep, EditionsStep>();
        services.AddScoped<EditionScheduler>();
        services.AddScoped<EditionRelease>();
        services.AddScoped<UnitRelease>();
        services.AddScoped<LearnerNudge>();
        services.AddScoped<ReleaseFanOut>();
        services.AddScoped<EditorNotice>();
        services.AddScoped<TranslationStatus>();
        services.AddScoped<Registrar>();
        services.AddScoped<Core.Modules.ICourseCompletions, CourseCompletions>();
        services.AddScoped<Catalog.CourseCatalog>();
        services.AddScoped<Catalog.RunCopier>();
        services.AddScoped<Seeding.LearnerSeeder>();
        services.AddScoped<Studies>();
        services.AddScoped<Learners.EditionLearners>();
        services.AddScoped<Learners.QuizStatistics>();
        services.AddScoped<ICompletionListener, CourseCertificates>();
        services.AddScoped<CourseCertificates>();
        services.AddScoped<ICertificateScopes, RunCertificateScopes>();
        services.AddScoped<IScheduledWork, ReleaseSchedule>();
        services.AddScoped<Core.Impact.IImpactSource, Impact.MoocImpact>();
        services.AddCourseAuthoring();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => CoursesModel.Configure(modelBuilder);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => Api.CatalogApi.Map(endpoints);

    public IEnumerable<Permission> Permissions => [CoursePermissions.ManageCourses];

    public IEnumerable<AdminMenuEntry> AdminMenu => [new(Msgid("Courses"), AuthoringPaths.Releases, CoursePermissions.ManageCoursesName, 35)];

    public IEnumerable<string> SetupRecipes => ["mooc-marine-litter.recipe.json"];

    public IEnumerable<ModuleRole> Roles =>
    [
        new(RoleNames.Administrator, [CoursePermissions.ManageCoursesName]),
        new(RoleNames.Editor, [CoursePermissions.ManageCoursesName]),
    ];

    /// <summary>The release and nudge e-mails, in the ten languages.</summary>
    public IEnumerable<ModuleTemplates> Templates => [new("EmailTemplates", typeof(CoursesModule).Assembly, "Learning.Courses.email-templates.json")];
}
