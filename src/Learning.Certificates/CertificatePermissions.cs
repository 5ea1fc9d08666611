using Learning.Core.Modules;
using static Learning.Core.Cultures.UiText;

namespace Learning.Certificates;

public static class CertificatePermissions
{
    public const string ManageCertificatesName = "ManageCertificates";

    public static readonly Permission ManageCertificates = new(ManageCertificatesName, Msgid("Revoke and reissue certificates"));

    public static IReadOnlyList<Permission> All { get; } = [ManageCertificates];
}
