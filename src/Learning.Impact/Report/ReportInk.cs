using SkiaSharp;

namespace Learning.Impact.Report;

/// <summary>The report's colours, those of the certificates: dark ink, the sea's blue, a muted grey-blue.</summary>
internal static class ReportInk
{
    public static readonly SKColor Ink = new(0x10, 0x27, 0x3a);
    public static readonly SKColor Sea = new(0x0b, 0x5c, 0x8a);
    public static readonly SKColor Muted = new(0x4a, 0x62, 0x74);
    public static readonly SKColor Rule = new(0x9f, 0xbd, 0xd1);
    public static readonly SKColor BarFill = new(0x2a, 0x86, 0xb8);
}
