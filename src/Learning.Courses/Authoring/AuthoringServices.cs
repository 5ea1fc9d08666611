using Microsoft.Extensions.DependencyInjection;

namespace Learning.Courses.Authoring;

public static class AuthoringServices
{
    /// <summary>The editors of courses, tracks, runs, editions, units, lessons and quizzes.</summary>
    public static IServiceCollection AddCourseAuthoring(this IServiceCollection services) => services
        .AddScoped<EditionEdits>()
        .AddScoped<LearnerWork>()
        .AddScoped<LanguageTexts>()
        .AddScoped<CatalogAuthoring>()
        .AddScoped<CatalogChecks>()
        .AddScoped<EditionAuthoring>()
        .AddScoped<EditionChecks>()
        .AddScoped<UnitAuthoring>()
        .AddScoped<UnitChecks>()
        .AddScoped<LessonAuthoring>()
        .AddScoped<LessonChecks>()
        .AddScoped<QuizAuthoring>()
        .AddScoped<QuizChecks>()
        .AddScoped<Removals>();
}
