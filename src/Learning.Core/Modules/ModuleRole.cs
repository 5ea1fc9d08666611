namespace Learning.Core.Modules;

/// <summary>
/// A role a module needs, with the permissions it needs the role to hold. Setup creates the role
/// unless present and grants what it lacks, so modules can add to one role (the administrator's).
/// </summary>
public sealed record ModuleRole(string Name, IReadOnlyList<string> Permissions);
