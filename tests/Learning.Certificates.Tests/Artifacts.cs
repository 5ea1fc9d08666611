namespace Learning.Certificates.Tests;

/// <summary>Where rendered samples go for a person to look at: $LEARNING_TEST_ARTIFACTS/certificates, else the repository's artifacts/.</summary>
public static class Artifacts
{
    public static string Folder
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("LEARNING_TEST_ARTIFACTS") is { Length: > 0 } configured
                ? configured
                : Path.Combine(RepositoryRoot(), "artifacts");
            var folder = Path.Combine(root, "certificates");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static string Write(string fileName, byte[] bytes)
    {
        var path = Path.Combine(Folder, fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Learning.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Learning.sln not found above " + AppContext.BaseDirectory);
    }
}
