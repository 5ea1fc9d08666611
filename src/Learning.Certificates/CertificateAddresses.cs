namespace Learning.Certificates;

/// <summary>The addresses of the certificate pages, for their links, redirects and the address printed on a certificate.</summary>
public static class CertificateAddresses
{
    public const string Admin = "/admin/certificates";

    public const string Templates = Admin + "/templates";

    public const string Reissue = Admin + "/reissue";

    public static string Details(string code) => $"{Admin}/{code}";

    public static string Template(string name, string culture) => $"{Templates}/{Uri.EscapeDataString(name)}/{Uri.EscapeDataString(culture)}";

    public static string ReissueProgress(long reissueId) => $"{Reissue}/{reissueId}";

    /// <summary>The address printed on a certificate: it has no language, so that it opens in the visitor's.</summary>
    public static string Verification(string code) => $"/verify/{Uri.EscapeDataString(code)}";

    public static string Verification(string culture, string code) => $"/{culture}/verify/{Uri.EscapeDataString(code)}";
}
