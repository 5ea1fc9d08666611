using Microsoft.AspNetCore.Identity;

namespace Learning.Site.Users;

/// <summary>
/// Thrown inside a transaction when Identity refuses one of several changes, so that the
/// transaction rolls back and none of them is kept.
/// </summary>
public sealed class IdentityRefused(IdentityResult result)
    : Exception(string.Join("; ", result.Errors.Select(e => e.Description)))
{
    public IdentityResult Result { get; } = result;

    public static async Task Check(Task<IdentityResult> change)
    {
        var result = await change;
        if (!result.Succeeded)
        {
            throw new IdentityRefused(result);
        }
    }
}
