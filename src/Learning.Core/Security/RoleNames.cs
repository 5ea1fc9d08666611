namespace Learning.Core.Security;

/// <summary>
/// The roles of the site itself. A visitor has no account and so no role; the programme modules
/// declare their own roles (<see cref="Modules.ILearningModule.Roles"/>).
/// </summary>
public static class RoleNames
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Learner = "Learner";
}
