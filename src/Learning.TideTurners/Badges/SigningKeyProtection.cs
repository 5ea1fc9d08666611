using Learning.Core.Modules;

namespace Learning.TideTurners.Badges;

/// <summary>
/// At every start, after the database is migrated, protects signing keys that an earlier version
/// stored as plain PEM, so no private key stays readable in the database.
/// </summary>
public sealed class SigningKeyProtection(SigningKeys keys) : IScheduledWork
{
    public Task RederiveAsync(CancellationToken ct) => keys.ProtectPlainKeysAsync(ct);
}
