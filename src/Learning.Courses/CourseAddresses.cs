namespace Learning.Courses;

/// <summary>
/// The addresses of the course catalogue, of a learner's study pages and of the pages where staff follow
/// an edition's learners, for their links, redirects and e-mails; the editors' addresses are
/// <see cref="Authoring.AuthoringPaths"/>.
/// </summary>
public static class CourseAddresses
{
    public static string Catalog(string culture) => $"/{culture}/courses";

    public static string Course(string culture, string slug) => $"{Catalog(culture)}/{slug}";

    /// <summary>An edition's entry on its course's page.</summary>
    public static string CourseEdition(string culture, string slug, string editionId) => $"{Course(culture, slug)}#{editionId}";

    public static string MyLearning(string culture) => $"/{culture}/learning";

    /// <summary>Where the learner left off in an edition.</summary>
    public static string Study(string culture, string editionId) => $"{MyLearning(culture)}/{editionId}";

    public static string Lesson(string culture, string editionId, string lessonId) => $"{Study(culture, editionId)}/lessons/{lessonId}";

    public static string Quiz(string culture, string editionId, string quizId) => $"{Study(culture, editionId)}/quizzes/{quizId}";

    public static string Certificate(string culture, string editionId) => $"{Study(culture, editionId)}/certificate";

    /// <summary>The learners of an edition, for its staff; the downloads add <c>format=csv</c> or <c>format=xlsx</c>.</summary>
    public static string EditionLearners(string editionId) => $"/admin/courses/editions/{Uri.EscapeDataString(editionId)}/learners";

    /// <summary>How the learners of an edition answered each question of its quizzes.</summary>
    public static string EditionQuizStatistics(string editionId) => $"/admin/courses/editions/{Uri.EscapeDataString(editionId)}/quizzes";
}
