using Learning.Core.Impact;

namespace Learning.Impact.Report;

/// <summary>What one report says: the programmes' sections for its period and country, in its language.</summary>
public sealed record ReportContent(ReportLanguage Language, DateOnly From, DateOnly To, string? Country, IReadOnlyList<ImpactSection> Sections);
