using System.Security.Cryptography;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.TideTurners.Badges;

/// <summary>
/// The issuer's RSA key. Made on first use and stored in the database, so every node and every restart
/// signs with the same key; two nodes making it at once meet at the primary key and the loser reads the winner's.
/// Call it outside a transaction: that is where the key is made.
/// </summary>
public sealed class SigningKeys(LearningDbContext db, TimeProvider clock)
{
    public const string KeyId = "key-1";

    public async Task<RSA> CurrentAsync(CancellationToken ct = default)
    {
        var stored = await db.Set<SigningKey>().AsNoTracking().FirstOrDefaultAsync(k => k.Id == KeyId, ct) ?? await CreateAsync(ct);
        var rsa = RSA.Create();
        rsa.ImportFromPem(stored.PrivateKeyPem);
        return rsa;
    }

    private async Task<SigningKey> CreateAsync(CancellationToken ct)
    {
        using var rsa = RSA.Create(2048);
        var fresh = new SigningKey { Id = KeyId, PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem(), CreatedUtc = clock.GetUtcNow().UtcDateTime };
        db.Add(fresh);
        try
        {
            await db.SaveChangesAsync(ct);
            return fresh;
        }
        catch (DbUpdateException)
        {
            db.Entry(fresh).State = EntityState.Detached;
            return await db.Set<SigningKey>().AsNoTracking().FirstAsync(k => k.Id == KeyId, ct);
        }
    }
}
