using Learning.Core.Modules;

namespace Learning.Certificates;

public static class CertificatePermissions
{
    public static readonly Permission ManageCertificates = new("ManageCertificates", "Revoke and reissue certificates");

    public static IReadOnlyList<Permission> All { get; } = [ManageCertificates];
}
