namespace Learning.TideTurners.Groups;

/// <summary>A group of young people in one country and organisation, run by its leaders.</summary>
public class Group
{
    public long Id { get; set; }
    public string OrganisationId { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string Country { get; set; } = "";
    public string Name { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public List<GroupLeader> Leaders { get; set; } = [];
}

public class GroupLeader
{
    public long GroupId { get; set; }
    public string UserId { get; set; } = "";
}
