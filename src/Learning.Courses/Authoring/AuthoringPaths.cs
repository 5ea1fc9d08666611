namespace Learning.Courses.Authoring;

/// <summary>The addresses of the course editors, in one place for the pages, their links and their redirects.</summary>
public static class AuthoringPaths
{
    public const string Releases = "/admin/courses";

    public const string Catalog = "/admin/courses/catalog";

    public static string Course(string? courseId = null) => "/admin/courses/course" + Tail(courseId);

    public static string Track(string courseId, string? trackId = null) => Course(courseId) + "/track" + Tail(trackId);

    public static string Run(string courseId, string? runId = null) => Course(courseId) + "/run" + Tail(runId);

    public static string NewEdition(string runId) => $"/admin/courses/run/{E(runId)}/edition";

    public static string Edition(string editionId) => $"/admin/courses/edition/{E(editionId)}";

    public static string Archive(string editionId) => Edition(editionId) + "/archive";

    public static string Unit(string editionId, string? unitId = null) => Edition(editionId) + "/unit" + Tail(unitId);

    public static string Lesson(string unitId, string? lessonId = null) => $"/admin/courses/unit/{E(unitId)}/lesson" + Tail(lessonId);

    public static string Quiz(string unitId) => $"/admin/courses/unit/{E(unitId)}/quiz";

    public static string Question(string unitId, string? questionId = null) => $"/admin/courses/unit/{E(unitId)}/question" + Tail(questionId);

    /// <summary>The confirmation page of a removal; kind is unit, lesson, quiz or question.</summary>
    public static string Delete(string kind, string id) => $"/admin/courses/{kind}/{E(id)}/delete";

    private static string Tail(string? id) => id is null ? "" : "/" + E(id);

    private static string E(string id) => Uri.EscapeDataString(id);
}
