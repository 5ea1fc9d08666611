namespace Learning.Training.Cohorts;

public enum ApplicationState
{
    Applied,
    Accepted,
    Waitlisted,
    Rejected,
}

/// <summary>One person's application to one cohort, with their motivation, in the language they applied in.</summary>
public class Application
{
    public long Id { get; set; }
    public string CohortId { get; set; } = "";
    public string UserId { get; set; } = "";
    public string Culture { get; set; } = "en";
    public string Motivation { get; set; } = "";
    public ApplicationState State { get; set; }

    /// <summary>Whether the applicant had completed the cohort's prerequisite course when they applied.</summary>
    public bool PrerequisiteMet { get; set; } = true;
    public DateTime CreatedUtc { get; set; }
    public DateTime? DecidedUtc { get; set; }
}
