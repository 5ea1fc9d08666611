using Learning.Core.Modules;

namespace Learning.Certificates;

public static class CertificatePermissions
{
    public const string ManageCertificatesName = "ManageCertificates";

    public static readonly Permission ManageCertificates = new(ManageCertificatesName, "Revoke and reissue certificates");

    public static IReadOnlyList<Permission> All { get; } = [ManageCertificates];
}
