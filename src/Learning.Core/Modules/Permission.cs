namespace Learning.Core.Modules;

/// <summary>A named right that roles are granted; the name is also the authorization policy.</summary>
public sealed record Permission(string Name, string Description);
