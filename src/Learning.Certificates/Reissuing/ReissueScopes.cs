namespace Learning.Certificates.Reissuing;

/// <summary>The scopes of every module that awards certificates, and which module owns a scope.</summary>
public sealed class ReissueScopes(IEnumerable<ICertificateScopes> sources)
{
    public async Task<IReadOnlyList<CertificateScope>> ListAsync(CancellationToken ct)
    {
        var all = new List<CertificateScope>();
        foreach (var source in sources)
        {
            all.AddRange(await source.ListAsync(ct));
        }
        return all;
    }

    /// <summary>The scope with this key and the module that owns it; null for a key no module offers (a forged form, a removed run).</summary>
    public async Task<(CertificateScope Scope, ICertificateScopes Source)?> FindAsync(string key, CancellationToken ct)
    {
        foreach (var source in sources)
        {
            if ((await source.ListAsync(ct)).FirstOrDefault(s => s.Key == key) is { } scope)
            {
                return (scope, source);
            }
        }
        return null;
    }
}
