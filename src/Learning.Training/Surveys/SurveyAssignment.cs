namespace Learning.Training.Surveys;

public enum AssignmentState
{
    Submitted,
    Accepted,
    Returned,
}

/// <summary>A trainee's shoreline litter survey for a cohort: the validated rows and the trainer's review.</summary>
public class SurveyAssignment
{
    public long Id { get; set; }
    public string CohortId { get; set; } = "";
    public string UserId { get; set; } = "";
    public AssignmentState State { get; set; }
    public string? Feedback { get; set; }
    public DateTime SubmittedUtc { get; set; }
    public DateTime? ReviewedUtc { get; set; }
    public List<SurveyRow> Rows { get; set; } = [];
}

/// <summary>One line of the survey file: how many items of one category were counted on one transect.</summary>
public class SurveyRow
{
    public long Id { get; set; }
    public long AssignmentId { get; set; }
    public string Site { get; set; } = "";
    public string Country { get; set; } = "";
    public DateOnly Date { get; set; }
    public decimal TransectMetres { get; set; }
    public string CategoryCode { get; set; } = "";
    public string CategoryName { get; set; } = "";
    public int Count { get; set; }
}

/// <summary>A litter item category of the survey protocol, e.g. PL02 drink bottles.</summary>
public class LitterCategory
{
    public string Code { get; set; } = "";
    public Dictionary<string, string> Names { get; set; } = [];

    public string NameIn(string culture) => Texts.In(Names, culture, Code);
}
