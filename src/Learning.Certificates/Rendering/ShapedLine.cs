namespace Learning.Certificates.Rendering;

/// <summary>
/// Glyphs of one font in visual order, with positions for a 1-point font: drawing at size s
/// multiplies them by s. Clusters are byte offsets into <see cref="Utf8"/>, the run's text, so
/// that the PDF can map glyphs back to characters (copy, search, screen readers).
/// </summary>
internal sealed record ShapedRun(ShapingFont Font, bool RightToLeft, ushort[] Glyphs, float[] X, float[] Y, uint[] Clusters, byte[] Utf8, float Advance);

/// <summary>A shaped single line: its runs left to right, and its width at 1 point.</summary>
internal sealed record ShapedLine(IReadOnlyList<ShapedRun> Runs)
{
    public float Width { get; } = Runs.Sum(r => r.Advance);

    public bool HasMissingGlyphs => Runs.Any(r => r.Glyphs.Contains((ushort)0));
}
