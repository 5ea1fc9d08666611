namespace Learning.Training;

/// <summary>The roles of the training programmes, created at setup (<see cref="TrainingModule.Roles"/>).</summary>
public static class TrainingRoles
{
    public const string Trainer = "Trainer";
}
