namespace Learning.Core.Cultures;

/// <summary>
/// Marks an English text that is translated where it is shown (<c>T[text]</c>) rather than where it
/// is written, such as a label chosen in code or a message set by a handler, so that string
/// extraction finds it.
/// </summary>
public static class UiText
{
    public static string Msgid(string text) => text;
}
