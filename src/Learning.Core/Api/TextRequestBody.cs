namespace Learning.Core.Api;

/// <summary>
/// Describes a request body read as plain text, for the API document only. Unlike Accepts, it
/// does not take part in routing, so a caller that sends the text under another content type
/// is still answered.
/// </summary>
public sealed record TextRequestBody(string Description, params string[] ContentTypes);
