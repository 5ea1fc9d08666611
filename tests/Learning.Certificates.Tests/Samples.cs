using Learning.Certificates.Issuing;
using Learning.Certificates.Rendering;
using Learning.Core.Cultures;
using Learning.Core.Email;

namespace Learning.Certificates.Tests;

/// <summary>One certificate per language, with a name, course and track as a native speaker would write them.</summary>
public static class Samples
{
    public const string Code = "ML-7K4Q-9WXT-3MPP";

    public static readonly string[] Cultures = ["en", "es", "ru", "zh-Hans", "ar", "fr", "pt", "id", "vi", "th"];

    private static readonly Dictionary<string, (string Name, string Course, string Track)> Texts = new()
    {
        ["en"] = ("Margaret O'Neill-Smith", "MOOC on Marine Litter", "Expert Track"),
        ["es"] = ("José Ángel Núñez Peña", "MOOC sobre basura marina", "Itinerario de especialización"),
        ["ru"] = ("Анна Сергеевна Кузнецова", "МООК по проблеме морского мусора", "Экспертный трек"),
        ["zh-Hans"] = ("王小明", "海洋垃圾慕课", "领导力方向"),
        ["ar"] = ("فاطمة الزهراء", "مساق مفتوح حول النفايات البحرية", "مسار القيادة"),
        ["fr"] = ("Françoise Lefèvre-Dubœuf", "MOOC sur les déchets marins", "Parcours Leadership"),
        ["pt"] = ("João Conceição Gonçalves", "MOOC sobre lixo marinho", "Trilha de Liderança"),
        ["id"] = ("Siti Nurhaliza Rahmawati", "MOOC tentang Sampah Laut", "Jalur Kepemimpinan"),
        ["vi"] = ("Nguyễn Thị Hồng", "Khóa học trực tuyến mở về rác thải biển", "Lộ trình Lãnh đạo"),
        ["th"] = ("สมชาย ใจดี", "หลักสูตรออนไลน์เรื่องขยะทะเล", "เส้นทางผู้นำ"),
    };

    public static TheoryData<string> AllCultures() => new(Cultures);

    public static string HolderName(string culture) => Texts[culture].Name;

    public static Certificate Certificate(string culture, string? name = null) => new()
    {
        Code = Code,
        SubjectKey = $"sample:{culture}",
        Programme = "MOOC",
        HolderName = name ?? Texts[culture].Name,
        Culture = culture,
        CourseTitle = Texts[culture].Course,
        TrackTitle = Texts[culture].Track,
        IssuedUtc = new DateTime(2025, 6, 5, 10, 0, 0, DateTimeKind.Utc),
    };

    public static CertificateDocument Document(string culture, string? name = null)
    {
        var composer = new CertificateComposer(new LiquidTemplates(), Catalog);
        return composer.Compose(Certificate(culture, name), BuiltInTemplates.Find(CertificateTemplate.Completion, culture),
            CertificateIssuer.VerifyUrl("https://learning.example.org", Code));
    }

    private static CultureCatalog Catalog { get; } = CreateCatalog();

    private static CultureCatalog CreateCatalog()
    {
        var catalog = new CultureCatalog();
        catalog.Load(Cultures.Select((c, i) => new Language { Culture = c, RightToLeft = c == "ar", Order = i }));
        return catalog;
    }
}
