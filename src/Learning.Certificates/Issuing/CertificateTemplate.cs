using Learning.Core.Recipes;

namespace Learning.Certificates.Issuing;

/// <summary>
/// The wording of a certificate in one language: Liquid that renders to five lines (title, the
/// words before the name, the words after it, the date line, the verification caption).
/// Administrators edit these; a recipe ships them.
/// </summary>
public class CertificateTemplate : ILanguageTemplate
{
    public const string Completion = "completion";

    public string Name { get; set; } = "";
    public string Culture { get; set; } = "";
    public string Body { get; set; } = "";
}
