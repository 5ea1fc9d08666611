namespace Learning.Core.Tables;

/// <summary>A header and rows of text, written out as CSV or as an Excel workbook.</summary>
public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
