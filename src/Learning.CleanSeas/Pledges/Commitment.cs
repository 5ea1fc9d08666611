namespace Learning.CleanSeas.Pledges;

public enum CommitmentStatus { Draft, Submitted, ChangesRequested, Approved, Published, Completed, Closed }

public enum CommitmentCategory
{
    SingleUsePlasticsBan, BagLevy, MicrobeadsBan, ExtendedProducerResponsibility, NationalActionPlan,
    WasteManagementInfrastructure, CleanUps, Awareness, Other,
}

public enum StatusLight { Green, Yellow, Red }

/// <summary>A SMART commitment of a pledge, moved through review by its focal point and the moderators.</summary>
public class Commitment : Learning.Core.Caching.IPublicContent
{
    public long Id { get; set; }
    public string PledgeId { get; set; } = "";
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public CommitmentCategory Category { get; set; }
    public decimal Baseline { get; set; }
    public decimal Target { get; set; }
    public string Unit { get; set; } = "";
    public DateOnly BaselineDate { get; set; }
    public DateOnly TargetDate { get; set; }

    /// <summary>SDG targets as <c>;14.1;12.5;</c>, so a filter is one LIKE on either database.</summary>
    public string SdgCodes { get; set; } = "";
    public string Partners { get; set; } = "";
    public CommitmentStatus Status { get; set; }
    public int Version { get; set; } = 1;
    public DateTime? PublishedUtc { get; set; }
    public DateTime? LastReportUtc { get; set; }
    public int? ProgressPercent { get; set; }
    public StatusLight? Light { get; set; }

    /// <summary>Set by the lapse job after two years without a report; the next report clears it.</summary>
    public bool Inactive { get; set; }

    public IEnumerable<string> Sdgs => SdgCodes.Split(';', StringSplitOptions.RemoveEmptyEntries);

    public bool IsPublic => Status is CommitmentStatus.Published or CommitmentStatus.Completed or CommitmentStatus.Closed;

    public bool IsEditable => Status is CommitmentStatus.Draft or CommitmentStatus.ChangesRequested;
}

/// <summary>One step of a commitment's history: who moved it where, their comment, and the text as it then stood.</summary>
public class CommitmentStep
{
    public long Id { get; set; }
    public long CommitmentId { get; set; }
    public int Version { get; set; }
    public CommitmentStatus Status { get; set; }
    public string Action { get; set; } = "";
    public string Actor { get; set; } = "";
    public string Comment { get; set; } = "";
    public string Snapshot { get; set; } = "";
    public DateTime Utc { get; set; }
}

public static class SdgTargets
{
    public static readonly IReadOnlyList<string> All = ["14.1", "12.5", "11.6.1", "6.3"];

    public static string Encode(IEnumerable<string> codes) => ";" + string.Join(";", codes.Distinct()) + ";";
}
