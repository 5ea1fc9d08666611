namespace Learning.Core.Modules;

/// <summary>A link in the admin navigation, shown only to users holding <see cref="Permission"/>.</summary>
public sealed record AdminMenuEntry(string Text, string Path, string Permission, int Order = 100);
