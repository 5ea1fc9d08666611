namespace Learning.TideTurners;

/// <summary>The roles of the Tide Turners challenge, created at setup (<see cref="TideTurnersModule.Roles"/>).</summary>
public static class TideTurnersRoles
{
    public const string YouthParticipant = "YouthParticipant";
    public const string GroupLeader = "GroupLeader";
}
