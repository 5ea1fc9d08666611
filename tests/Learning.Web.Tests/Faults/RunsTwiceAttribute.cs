namespace Learning.Web.Tests.Faults;

/// <summary>
/// Marks the test that runs a background job twice at once and checks it had one effect.
/// <see cref="JobInventoryTests"/> requires one for every job type the platform queues.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class RunsTwiceAttribute(Type job) : Attribute
{
    public Type Job { get; } = job;
}
