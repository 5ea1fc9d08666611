namespace Learning.Core.Impact;

/// <summary>
/// One programme's figures for a filter. Titles and labels are English texts marked with
/// <c>UiText.Msgid</c>, translated where they are shown (page, spreadsheet or PDF). A
/// <see cref="Note"/> (a msgid too) tells the reader what the figures cannot say, such as a
/// breakdown the records do not allow.
/// </summary>
public sealed record ImpactSection(string Key, string Title, IReadOnlyList<ImpactFigure> Headlines, IReadOnlyList<ImpactTable> Tables, string? Note = null);

/// <summary>A headline number, such as "Students enrolled".</summary>
public sealed record ImpactFigure(string Key, string Label, long Value);

/// <summary>
/// A breakdown: one row per country, language, level..., one column per measure. Rows come
/// sorted the way they should be shown; the first column is the one a chart draws.
/// </summary>
public sealed record ImpactTable(string Key, string Title, ImpactRowKind RowsAre, string RowHeading, IReadOnlyList<string> Columns, IReadOnlyList<ImpactRow> Rows);

/// <summary>A row's <see cref="Key"/> is a country code, a culture name, an msgid or a text, as its table says.</summary>
public sealed record ImpactRow(string Key, IReadOnlyList<long> Values);

/// <summary>How a row key becomes the label a reader sees.</summary>
public enum ImpactRowKind
{
    /// <summary>An ISO 3166 code, named in the reader's language; empty for a regional or global group.</summary>
    Country,

    /// <summary>A culture name such as "zh-Hans", named by the language itself.</summary>
    Language,

    /// <summary>An English text marked with Msgid, translated.</summary>
    Msgid,

    /// <summary>A name someone wrote (a run, an organisation), shown as written.</summary>
    Text,
}
