namespace Learning.CleanSeas.Surveys;

public enum SurveyStatus { Draft, Sent }

public enum QuestionKind { SingleChoice, MultipleChoice, Scale, Number, Text }

/// <summary>A questionnaire for the signatory governments, e.g. the campaign's mid-term review.</summary>
public class Survey
{
    public long Id { get; set; }
    public Dictionary<string, string> Titles { get; set; } = [];
    public SurveyStatus Status { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? SentUtc { get; set; }
    public List<SurveyQuestion> Questions { get; set; } = [];

    public string TitleIn(string culture) => Titles.GetValueOrDefault(culture) is { Length: > 0 } t ? t : Titles.GetValueOrDefault("en") ?? "";
}

/// <summary>A question in every language; the options of a choice are listed in the same order in each.</summary>
public class SurveyQuestion
{
    public long Id { get; set; }
    public long SurveyId { get; set; }
    public int Order { get; set; }
    public QuestionKind Kind { get; set; }
    public Dictionary<string, string> Texts { get; set; } = [];
    public Dictionary<string, List<string>> Options { get; set; } = [];

    public string TextIn(string culture) => Texts.GetValueOrDefault(culture) is { Length: > 0 } t ? t : Texts.GetValueOrDefault("en") ?? "";

    public List<string> OptionsIn(string culture) =>
        Options.GetValueOrDefault(culture) is { Count: > 0 } o ? o : Options.GetValueOrDefault("en") ?? [];

    public const int ScaleMax = 5;

    public bool HasChoices => Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice;
}

/// <summary>A government's answers, tied to its pledge: a draft until submitted, then closed.</summary>
public class SurveyResponse
{
    public long Id { get; set; }
    public long SurveyId { get; set; }
    public string PledgeId { get; set; } = "";
    public string Culture { get; set; } = "en";

    /// <summary>By question id: the chosen option indexes, the scale step, the number or the text.</summary>
    public Dictionary<string, List<string>> Answers { get; set; } = [];
    public DateTime UpdatedUtc { get; set; }
    public DateTime? SubmittedUtc { get; set; }
}
