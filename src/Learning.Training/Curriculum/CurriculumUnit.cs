using Learning.Core.Caching;

namespace Learning.Training.Curriculum;

/// <summary>
/// A unit (the guidelines call it a module) of the train-the-trainer curriculum, after the GESAMP
/// guidelines: a lesson and a practical task.
/// </summary>
public class CurriculumUnit : IPublicContent
{
    public string Id { get; set; } = "";
    public int Order { get; set; }
    public Dictionary<string, string> Titles { get; set; } = [];
    public Dictionary<string, string> Lessons { get; set; } = [];
    public Dictionary<string, string> Tasks { get; set; } = [];
}

/// <summary>A trainee finished a module's lesson and practical task in a cohort.</summary>
public class ModuleCompletion
{
    public string CohortId { get; set; } = "";
    public string UserId { get; set; } = "";
    public string ModuleId { get; set; } = "";
    public DateTime CompletedUtc { get; set; }
}

/// <summary>A trainee who finished every module and had a survey accepted: they may train others.</summary>
public class Accreditation
{
    public string UserId { get; set; } = "";
    public string CohortId { get; set; } = "";
    public DateTime AccreditedUtc { get; set; }
}
