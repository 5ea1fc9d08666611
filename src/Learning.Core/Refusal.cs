namespace Learning.Core;

/// <summary>How grave a refusal is: a page answers with the gravest it was given.</summary>
public enum RefusalKind
{
    /// <summary>The request can be put right: the page again with the message, status 400.</summary>
    Invalid,

    /// <summary>The user may not act on the thing: status 403.</summary>
    Forbidden,

    /// <summary>The thing does not exist, or must not be admitted to exist: status 404.</summary>
    NotFound,
}

/// <summary>Why an action was not carried out: the kind decides the answer, the message tells the person.</summary>
public sealed record Refusal(RefusalKind Kind, string Message = "")
{
    public static readonly Refusal Forbidden = new(RefusalKind.Forbidden);

    public static readonly Refusal NotFound = new(RefusalKind.NotFound);

    public static Refusal Invalid(string message) => new(RefusalKind.Invalid, message);
}
