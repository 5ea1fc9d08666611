using Learning.Core.Modules;
using static Learning.Core.Cultures.UiText;

namespace Learning.TideTurners;

/// <summary>
/// Administrators appoint leaders and coordinators and may revoke badges. What a leader or a
/// coordinator may do is decided by their <see cref="Groups.Appointment"/>s, checked in each handler.
/// </summary>
public static class TideTurnersPermissions
{
    public const string ManageTideTurnersName = "ManageTideTurners";

    public static readonly Permission ManageTideTurners = new(ManageTideTurnersName, Msgid("Appoint Tide Turners leaders and coordinators, revoke badges"));
}
