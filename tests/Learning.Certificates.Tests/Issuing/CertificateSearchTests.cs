using Learning.Certificates.Issuing;

namespace Learning.Certificates.Tests.Issuing;

public sealed class CertificateSearchTests
{
    private static readonly Certificate[] Certificates =
    [
        new() { Code = Samples.Code, HolderName = "Ana Perez", CourseTitle = "MOOC on Marine Litter", TrackTitle = "Expert Track" },
        new() { Code = "ML-0000-0000-0000", HolderName = "Siti Rahma", CourseTitle = "Masterclass", TrackTitle = "", RevokedUtc = DateTime.UtcNow },
    ];

    private static IEnumerable<string> Found(string? text, string? status = null) =>
        CertificateSearch.Filter(Certificates.AsQueryable(), text, status).Select(c => c.HolderName);

    [Theory]
    [InlineData("ml7k4q9wxt3mpp")]
    [InlineData("ana")]
    [InlineData("marine litter")]
    [InlineData("EXPERT")]
    public void A_code_in_any_form_or_part_of_a_name_or_title_finds_the_certificate(string text)
    {
        Assert.Equal(["Ana Perez"], Found(text));
    }

    [Fact]
    public void The_status_filter_tells_valid_from_revoked()
    {
        Assert.Equal(["Ana Perez"], Found(null, CertificateSearch.Valid));
        Assert.Equal(["Siti Rahma"], Found("", CertificateSearch.Revoked));
        Assert.Equal(2, Found("  ", "anything else").Count());
    }
}
