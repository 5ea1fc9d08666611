using SkiaSharp;

namespace Learning.Certificates.Rendering;

/// <summary>Where a line stands in its box; a line wider than the box is drawn smaller instead.</summary>
public enum TextAlign { Center, Left, Right }

/// <summary>
/// One line of the certificate: where it stands, how big it is at most, and how wide it may be.
/// A line wider than its box is drawn smaller, never cut or wrapped. An underlined line gets a
/// rule a little wider than the text, at least as wide as <see cref="CertificateLayout.MinRuleWidth"/>.
/// </summary>
internal sealed record TextBlock(string Text, float Size, SKColor Color, float Baseline, float Left, float Width, TextAlign Align, bool RightToLeft, bool Underlined = false);
