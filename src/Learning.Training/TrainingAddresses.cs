namespace Learning.Training;

/// <summary>The addresses of the training pages, for their links, redirects and e-mails.</summary>
public static class TrainingAddresses
{
    public const string Admin = "/admin/training";

    /// <summary>The certificate page takes this in place of a cohort's slug for the trainer's accreditation.</summary>
    public const string AccreditationSlug = "accreditation";

    public static string Programme(string culture) => $"/{culture}/training";

    public static string Cohort(string culture, string slug) => $"{Programme(culture)}/{slug}";

    public static string Calendar(string culture, string slug) => $"{Cohort(culture, slug)}/calendar.ics";

    public static string MyTraining(string culture) => $"{Programme(culture)}/my";

    public static string Certificate(string culture, string slug) => $"{Programme(culture)}/certificate/{slug}";

    public static string Accreditation(string culture) => Certificate(culture, AccreditationSlug);

    public static string Survey(string culture, long assignmentId) => $"{Programme(culture)}/surveys/{assignmentId}";

    public static string SurveyTemplate(string culture) => $"{Programme(culture)}/survey-template.csv";

    public static string Teaching(string culture) => $"{Programme(culture)}/teach";

    public static string TeachCohort(string culture, string cohortId) => $"{Teaching(culture)}/{cohortId}";
}
