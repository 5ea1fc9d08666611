using Learning.Core.Caching;

namespace Learning.Training.Cohorts;

public enum CohortKind
{
    Masterclass,
    TrainTheTrainer,
}

/// <summary>
/// A group trained together: a masterclass, or a train-the-trainer cohort for a country or region.
/// It is taught in one language or a few, and takes applications until its deadline.
/// </summary>
public class Cohort : IPublicContent
{
    public string Id { get; set; } = "";
    public string Slug { get; set; } = "";
    public CohortKind Kind { get; set; }
    public Dictionary<string, string> Titles { get; set; } = [];
    public Dictionary<string, string> Summaries { get; set; } = [];
    public List<string> Cultures { get; set; } = [];

    /// <summary>ISO 3166 code of the country trained; empty for a regional or global cohort.</summary>
    public string Country { get; set; } = "";
    public string Region { get; set; } = "";
    public int Year { get; set; }
    public int Seats { get; set; }
    public DateTime? ApplyUntilUtc { get; set; }

    /// <summary>Set by the deadline job; a closed cohort takes no more applications.</summary>
    public bool ApplicationsClosed { get; set; }

    /// <summary>The slug of a course an applicant must have completed; an administrator can accept without it.</summary>
    public string? PrerequisiteCourse { get; set; }

    /// <summary>Per cent of the sessions a participant must attend (late counts) for the certificate.</summary>
    public int AttendanceThreshold { get; set; } = 75;

    /// <summary>People trained before the platform recorded them, as the programme reported them (e.g. the Kenya pilot's 50).</summary>
    public int ReportedTrainees { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string TitleIn(string culture) => Texts.In(Titles, culture, Slug);

    public string SummaryIn(string culture) => Texts.In(Summaries, culture);

    public bool TakesApplications(DateTime nowUtc) => !ApplicationsClosed && (ApplyUntilUtc is not { } until || until > nowUtc);

}

/// <summary>A person who leads a cohort. Only they (and administrators) see and manage it.</summary>
public class CohortTrainer
{
    public string CohortId { get; set; } = "";
    public string UserId { get; set; } = "";

    /// <summary>
    /// When the person became a trainer of the cohort. The earliest is its lead trainer, the one who
    /// opened it (<see cref="CohortOpening"/>), unless they leave; trainers added later assist.
    /// </summary>
    public DateTime AddedUtc { get; set; }
}
