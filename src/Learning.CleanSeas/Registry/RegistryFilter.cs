using Learning.Core;
using Learning.CleanSeas.Pledges;

namespace Learning.CleanSeas.Registry;

/// <summary>The registry's filters, parsed from a query string; a malformed value is an error, never a guess.</summary>
public sealed record RegistryFilter(PledgeKind? Kind, string? Region, string? Sdg, CommitmentCategory? Category, CommitmentStatus? Status, int Page)
{
    public static readonly IReadOnlyList<CommitmentStatus> PublicStatuses = [CommitmentStatus.Published, CommitmentStatus.Completed, CommitmentStatus.Closed];

    public static (RegistryFilter Filter, List<string> Errors) Parse(string? kind, string? region, string? sdg, string? category, string? status, string? page)
    {
        var errors = new List<string>();
        PledgeKind? k = kind switch
        {
            null or "" => null,
            "government" => PledgeKind.Government,
            "organisation" => PledgeKind.Organisation,
            _ => Fail<PledgeKind>(errors, $"kind must be 'government' or 'organisation', not '{kind}'"),
        };
        if (!string.IsNullOrEmpty(sdg) && !SdgTargets.All.Contains(sdg))
        {
            errors.Add($"sdg must be one of {string.Join(", ", SdgTargets.All)}");
        }
        CommitmentCategory? c = null;
        if (!string.IsNullOrEmpty(category))
        {
            c = EnumNames.TryParse<CommitmentCategory>(category, out var parsed, ignoreCase: true) ? parsed
                : Fail<CommitmentCategory>(errors, $"category must be one of {string.Join(", ", Enum.GetNames<CommitmentCategory>())}");
        }
        CommitmentStatus? s = null;
        if (!string.IsNullOrEmpty(status))
        {
            s = EnumNames.TryParse<CommitmentStatus>(status, out var parsed, ignoreCase: true) && PublicStatuses.Contains(parsed) ? parsed
                : Fail<CommitmentStatus>(errors, "status must be Published, Completed or Closed");
        }
        var number = 1;
        if (!string.IsNullOrEmpty(page) && (!int.TryParse(page, out number) || number < 1))
        {
            errors.Add("p must be a page number from 1");
        }
        return (new RegistryFilter(k, string.IsNullOrEmpty(region) ? null : region, string.IsNullOrEmpty(sdg) ? null : sdg, c, s, number), errors);
    }

    private static T? Fail<T>(List<string> errors, string message) where T : struct
    {
        errors.Add(message);
        return null;
    }
}
