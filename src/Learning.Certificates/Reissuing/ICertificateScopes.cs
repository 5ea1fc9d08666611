using Learning.Certificates.Issuing;

namespace Learning.Certificates.Reissuing;

/// <summary>A group of certificates an administrator can reissue together, e.g. "MOOC on Marine Litter — run 4".</summary>
public sealed record CertificateScope(string Key, string Title);

/// <summary>The next requests of a scope and the cursor to ask for the ones after them.</summary>
public sealed record CertificateBatch(IReadOnlyList<CertificateRequest> Requests, string Cursor);

/// <summary>
/// How a module that awards certificates tells this one which of them belong together and what
/// they should say today. Certificates knows nothing of runs or cohorts; the awarding module
/// names the scopes and builds fresh requests (the holder's current name, the current titles).
/// </summary>
public interface ICertificateScopes
{
    /// <summary>The scopes this module offers, titled in the current UI language. Keys are unique across modules.</summary>
    Task<IReadOnlyList<CertificateScope>> ListAsync(CancellationToken ct);

    /// <summary>How many subjects the scope holds now; the reissue's progress is measured against it.</summary>
    Task<int> CountAsync(string scope, CancellationToken ct);

    /// <summary>
    /// Up to <paramref name="size"/> requests after <paramref name="cursor"/> ("" for the first), in
    /// an order that does not change between calls, so a reissue resumed after a crash misses nobody.
    /// </summary>
    Task<CertificateBatch> NextBatchAsync(string scope, string cursor, int size, CancellationToken ct);
}
