namespace Learning.Courses.Enrolments;

public enum EnrolmentState
{
    Waitlisted,
    Enrolled,
    Completed,
}

/// <summary>A learner in one edition. A waitlisted learner is told when the edition opens.</summary>
public class Enrolment
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public string EditionId { get; set; } = "";
    public EnrolmentState State { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? LastLessonId { get; set; }
    public DateTime? StartedUtc { get; set; }
    public DateTime? CompletedUtc { get; set; }
    public DateTime? NudgedUtc { get; set; }
}

public class LessonDone
{
    public long EnrolmentId { get; set; }
    public string LessonId { get; set; } = "";
    public DateTime DoneUtc { get; set; }
}

public class QuizAttempt
{
    public long Id { get; set; }
    public long EnrolmentId { get; set; }
    public string QuizId { get; set; } = "";
    public int Number { get; set; }
    public int Score { get; set; }
    public string Answers { get; set; } = "";
    public DateTime SubmittedUtc { get; set; }
}
