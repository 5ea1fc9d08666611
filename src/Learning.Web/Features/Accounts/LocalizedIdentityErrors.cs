using Learning.Core.Cultures;
using Microsoft.AspNetCore.Identity;

namespace Learning.Web.Features.Accounts;

/// <summary>Identity's messages in the user's language.</summary>
public sealed class LocalizedIdentityErrors(PoStringLocalizer t) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), t["Something went wrong. Please try again."]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), t["An account with this e-mail address already exists."]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), t["An account with this e-mail address already exists."]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), t["Enter a valid e-mail address."]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), t["Enter a valid e-mail address."]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), t["This link is not valid or has expired."]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), t["Use at least {0} characters.", length]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), t["The e-mail address or the password is wrong."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
