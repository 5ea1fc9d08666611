using Learning.Core;
using System.Globalization;
using Learning.Core.Cultures;

namespace Learning.CleanSeas.Pledges;

/// <summary>The commitment form as typed; <see cref="Check"/> turns it into values or says what is wrong.</summary>
public sealed class CommitmentInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Category { get; set; }
    public string? Baseline { get; set; }
    public string? Target { get; set; }
    public string? Unit { get; set; }
    public string? BaselineDate { get; set; }
    public string? TargetDate { get; set; }
    public List<string> Sdgs { get; set; } = [];
    public string? Partners { get; set; }

    public static CommitmentInput From(Commitment c) => new()
    {
        Title = c.Title, Description = c.Description, Category = c.Category.ToString(), Unit = c.Unit, Partners = c.Partners,
        Baseline = c.Baseline.ToString(CultureInfo.InvariantCulture), Target = c.Target.ToString(CultureInfo.InvariantCulture),
        BaselineDate = c.BaselineDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TargetDate = c.TargetDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Sdgs = c.Sdgs.ToList(),
    };

    public List<string> Check(PoStringLocalizer t, Commitment into)
    {
        var errors = new List<string>();
        Require(Title, 300, t["Enter a title of at most 300 characters."], errors);
        Require(Description, 5000, t["Enter a description of at most 5,000 characters."], errors);
        Require(Unit, 100, t["Enter the unit of the baseline and target (e.g. tonnes per year)."], errors);
        if (!EnumNames.TryParse<CommitmentCategory>(Category, out var category))
        {
            errors.Add(t["Choose a category."]);
        }
        if (!decimal.TryParse(Baseline, NumberStyles.Number, CultureInfo.InvariantCulture, out var baseline)
            || !decimal.TryParse(Target, NumberStyles.Number, CultureInfo.InvariantCulture, out var target))
        {
            errors.Add(t["Enter the baseline and the target as numbers."]);
            (baseline, target) = (0, 0);
        }
        if (!DateOnly.TryParseExact(BaselineDate, "yyyy-MM-dd", out var baselineDate) || !DateOnly.TryParseExact(TargetDate, "yyyy-MM-dd", out var targetDate))
        {
            errors.Add(t["Enter the baseline date and the target date."]);
            (baselineDate, targetDate) = (default, default);
        }
        else if (targetDate <= baselineDate)
        {
            errors.Add(t["The target date must come after the baseline date."]);
        }
        var sdgs = Sdgs.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (sdgs.Count == 0 || sdgs.Any(s => !SdgTargets.All.Contains(s)))
        {
            errors.Add(t["Choose at least one SDG target from the list."]);
        }
        if (errors.Count == 0)
        {
            into.Title = Title!.Trim();
            into.Description = Description!.Trim();
            into.Unit = Unit!.Trim();
            into.Category = category;
            (into.Baseline, into.Target, into.BaselineDate, into.TargetDate) = (baseline, target, baselineDate, targetDate);
            into.SdgCodes = SdgTargets.Encode(sdgs);
            into.Partners = Partners?.Trim() ?? "";
        }
        return errors;
    }

    private static void Require(string? value, int max, string message, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > max)
        {
            errors.Add(message);
        }
    }
}
