namespace Learning.Core.Security;

/// <summary>A grant of one permission to one role.</summary>
public class RolePermission
{
    public string RoleName { get; set; } = "";
    public string Permission { get; set; } = "";
}
