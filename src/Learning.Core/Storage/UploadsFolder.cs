namespace Learning.Core.Storage;

/// <summary>
/// The folder that holds uploaded files (<c>Learning:UploadsPath</c>). Several web nodes point it at
/// one shared folder, so a file uploaded through one node is served by all of them.
/// </summary>
public sealed record UploadsFolder(string Root)
{
    /// <summary>The sub-folder of one module's files.</summary>
    public string For(string area) => Path.Combine(Root, area);
}
