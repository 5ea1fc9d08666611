namespace Learning.Core.Modules;

/// <summary>
/// Whether a person completed a course, for modules that build on courses (a masterclass may
/// require the MOOC). The courses module answers; others never read its tables.
/// </summary>
public interface ICourseCompletions
{
    Task<bool> HasCompletedAsync(string userId, string courseSlug, CancellationToken ct = default);
}
