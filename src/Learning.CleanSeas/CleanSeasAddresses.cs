namespace Learning.CleanSeas;

/// <summary>The addresses of the Clean Seas pages and registry downloads, for their links, forms, redirects and e-mails.</summary>
public static class CleanSeasAddresses
{
    public const string Admin = "/admin/clean-seas";

    public const string AdminSurveys = Admin + "/surveys";

    public const string RegistryCsv = "/api/clean-seas/pledges.csv";

    public const string RegistryXlsx = "/api/clean-seas/pledges.xlsx";

    public static string AdminSurvey(long surveyId) => $"{AdminSurveys}/{surveyId}";

    public static string AdminCommitment(long commitmentId) => $"{Admin}/commitments/{commitmentId}";

    public static string Campaign(string culture) => $"/{culture}/clean-seas";

    public static string Pledges(string culture) => $"{Campaign(culture)}/pledges";

    public static string PledgesInRegion(string culture, string regionId) => $"{Pledges(culture)}?region={regionId}";

    public static string Country(string culture, string countryCode) => $"{Campaign(culture)}/countries/{countryCode.ToLowerInvariant()}";

    public static string Commitment(string culture, long commitmentId) => $"{Campaign(culture)}/commitments/{commitmentId}";

    public static string Apply(string culture) => $"{Campaign(culture)}/apply";

    public static string MyPledge(string culture) => $"{Campaign(culture)}/my-pledge";

    public static string MyCommitment(string culture, long commitmentId) => $"{MyPledge(culture)}/commitments/{commitmentId}";

    /// <summary>The individual pledge a visitor takes.</summary>
    public static string Pledge(string culture) => $"{Campaign(culture)}/pledge";

    public static string PledgeConfirmation(string culture) => $"{Pledge(culture)}/confirm";

    /// <summary>The link of the confirmation e-mail; the page reads the token from it.</summary>
    public static string PledgeConfirmation(string culture, string token) => $"{PledgeConfirmation(culture)}?token={Uri.EscapeDataString(token)}";

    public static string Survey(string culture, long surveyId) => $"{Campaign(culture)}/surveys/{surveyId}";
}
