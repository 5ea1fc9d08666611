namespace Learning.Certificates.Rendering;

/// <summary>A stretch of a line written in one direction: <c>Text[Start..(Start + Length)]</c>.</summary>
public readonly record struct DirectionalRun(int Start, int Length, bool RightToLeft)
{
    public string Of(string text) => text.Substring(Start, Length);
}
