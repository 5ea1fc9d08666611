using System.Globalization;
using System.Security.Cryptography;
using Learning.Core.Audit;
using Learning.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Badges;

/// <summary>A signing key in memory: its id (the last part of its <c>kid</c>) and the RSA key.</summary>
public sealed class IssuerKey(string id, RSA rsa) : IDisposable
{
    public string Id { get; } = id;

    public RSA Rsa { get; } = rsa;

    public void Dispose() => Rsa.Dispose();
}

/// <summary>What staff see of a signing key: never its private half.</summary>
public sealed record SigningKeyInfo(string Id, DateTime CreatedUtc);

/// <summary>
/// The issuer's RSA keys. The one with the highest number signs; every older one still verifies what it signed. The first
/// is made on first use; two nodes making a key at once meet at the primary key and the loser reads
/// the winner's. Call it outside a transaction: that is where a key is made.
/// </summary>
public sealed class SigningKeys(LearningDbContext db, IDataProtectionProvider protection, AuditLog audit, TimeProvider clock)
{
    public const string FirstKeyId = "key-1";

    private const string PemStart = "-----BEGIN";

    private readonly IDataProtector protector = protection.CreateProtector("Learning.TideTurners.SigningKeys");

    public async Task<IssuerKey> CurrentAsync(CancellationToken ct = default)
    {
        var keys = await db.Set<SigningKey>().AsNoTracking().ToListAsync(ct);
        return Open(keys.MaxBy(k => Number(k.Id)) ?? await CreateAsync(FirstKeyId, ct));
    }

    /// <summary>The key of that id, or null: a forged or unknown <c>kid</c> finds nothing.</summary>
    public async Task<IssuerKey?> FindAsync(string id, CancellationToken ct = default) =>
        await db.Set<SigningKey>().AsNoTracking().FirstOrDefaultAsync(k => k.Id == id, ct) is { } stored ? Open(stored) : null;

    /// <summary>Every key, the one that signs first.</summary>
    public async Task<List<SigningKeyInfo>> ListAsync(CancellationToken ct = default) =>
        (await db.Set<SigningKey>().AsNoTracking().Select(k => new SigningKeyInfo(k.Id, k.CreatedUtc)).ToListAsync(ct))
        .OrderByDescending(k => Number(k.Id)).ToList();

    /// <summary>Makes a new key that signs from now on; the older ones stay, for what they signed.</summary>
    public async Task<string> RotateAsync(string actor, CancellationToken ct = default)
    {
        var ids = await db.Set<SigningKey>().AsNoTracking().Select(k => k.Id).ToListAsync(ct);
        var next = $"key-{ids.Select(Number).DefaultIfEmpty(0).Max() + 1}";
        audit.Record("tide-turners.signing-key.rotated", next, "", actor);
        var made = await CreateAsync(next, ct);
        return made.Id;
    }

    /// <summary>Protects any key an earlier version stored as plain PEM. Returns how many it protected.</summary>
    public async Task<int> ProtectPlainKeysAsync(CancellationToken ct = default)
    {
        var plain = await db.Set<SigningKey>().Where(k => k.ProtectedPrivateKey.StartsWith(PemStart)).ToListAsync(ct);
        plain.ForEach(k => k.ProtectedPrivateKey = protector.Protect(k.ProtectedPrivateKey));
        await db.SaveChangesAsync(ct);
        return plain.Count;
    }

    private IssuerKey Open(SigningKey stored)
    {
        var pem = stored.ProtectedPrivateKey.StartsWith(PemStart, StringComparison.Ordinal)
            ? stored.ProtectedPrivateKey
            : protector.Unprotect(stored.ProtectedPrivateKey);
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return new IssuerKey(stored.Id, rsa);
    }

    private async Task<SigningKey> CreateAsync(string id, CancellationToken ct)
    {
        using var rsa = RSA.Create(2048);
        var fresh = new SigningKey
        {
            Id = id, ProtectedPrivateKey = protector.Protect(rsa.ExportPkcs8PrivateKeyPem()), CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(fresh);
        try
        {
            await db.SaveChangesAsync(ct);
            return fresh;
        }
        catch (DbUpdateException)
        {
            db.Entry(fresh).State = EntityState.Detached;
            return await db.Set<SigningKey>().AsNoTracking().FirstAsync(k => k.Id == id, ct);
        }
    }

    private static int Number(string id) =>
        int.TryParse(id.AsSpan(id.LastIndexOf('-') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
