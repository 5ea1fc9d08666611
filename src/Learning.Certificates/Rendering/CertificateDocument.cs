namespace Learning.Certificates.Rendering;

/// <summary>
/// Everything printed on one certificate, already in its language: the renderer decides only
/// where and how big. <see cref="Wording"/> comes from the language's Liquid template.
/// </summary>
public sealed record CertificateDocument(
    string Culture,
    bool RightToLeft,
    string HolderName,
    CertificateWording Wording,
    string CourseTitle,
    string TrackTitle,
    DateOnly IssuedOn,
    string Code,
    string VerifyUrl);

/// <summary>The template's lines, in the order the template writes them.</summary>
public sealed record CertificateWording(string Title, string BeforeName, string AfterName, string IssuedLine, string VerifyCaption)
{
    public const int LineCount = 5;

    /// <summary>Reads the five non-empty lines a template renders to; null when there are not exactly five.</summary>
    public static CertificateWording? FromLines(string rendered)
    {
        var lines = rendered.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count == LineCount ? new CertificateWording(lines[0], lines[1], lines[2], lines[3], lines[4]) : null;
    }
}
