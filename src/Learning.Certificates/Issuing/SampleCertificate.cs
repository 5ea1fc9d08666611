using Learning.Certificates.Codes;

namespace Learning.Certificates.Issuing;

/// <summary>A made-up certificate to look at a wording on paper: the CLI's sample and benchmark, and the admin preview.</summary>
public static class SampleCertificate
{
    public const string Course = "MOOC on Marine Litter";
    public const string Track = "Leadership Track";

    // A name in each language's script, so that every shipped font is subset and embedded in turn.
    private static readonly Dictionary<string, string> Names = new()
    {
        ["en"] = "Margaret O'Neill-Smith", ["es"] = "José Ángel Núñez Peña", ["ru"] = "Анна Сергеевна Кузнецова",
        ["zh-Hans"] = "王小明", ["ar"] = "فاطمة الزهراء", ["fr"] = "Françoise Lefèvre-Dubœuf", ["pt"] = "João Conceição Gonçalves",
        ["id"] = "Siti Nurhaliza Rahmawati", ["vi"] = "Nguyễn Thị Hồng", ["th"] = "สมชาย ใจดี",
    };

    public static Certificate For(string culture, string? holderName = null, string course = Course, string track = Track, string template = CertificateTemplate.Completion) => new()
    {
        Code = VerificationCode.New(),
        SubjectKey = "sample",
        Programme = "MOOC",
        Template = template,
        HolderName = holderName ?? Names.GetValueOrDefault(culture, "Sample Name"),
        Culture = culture,
        CourseTitle = course,
        TrackTitle = track,
        IssuedUtc = DateTime.UtcNow,
    };
}
