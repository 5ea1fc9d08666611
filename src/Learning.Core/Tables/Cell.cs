using System.Globalization;

namespace Learning.Core.Tables;

/// <summary>What a cell holds; each format writes it as that, never guessing from the text.</summary>
public enum CellKind
{
    Text,
    Number,
    Date,
    DateTime,
}

/// <summary>
/// One value of a table and what it is. A producer says which by the type it passes: a string is text in
/// every format (a free-text answer "1,000", "007" or "=1+2" is never read as a number or run as a formula),
/// a decimal, long or int is a number, a <see cref="DateOnly"/> a date and a <see cref="System.DateTime"/> a
/// date with its time to the minute.
/// </summary>
public readonly record struct Cell
{
    private readonly string? text;

    private Cell(CellKind kind, string? text, decimal number, DateTime moment)
    {
        Kind = kind;
        this.text = text;
        Number = number;
        Moment = moment;
    }

    public static Cell Empty => default;

    public CellKind Kind { get; }

    /// <summary>The text of a text cell; empty for the other kinds.</summary>
    public string Text => text ?? "";

    public decimal Number { get; }

    /// <summary>The date, or the date and time, of a date cell.</summary>
    public DateTime Moment { get; }

    /// <summary>
    /// The value as the same text in every culture: what CSV writes. A number has no trailing zeros (a
    /// database may hand back 100 as 100.0) and never an exponent.
    /// </summary>
    public string Invariant => Kind switch
    {
        CellKind.Number => Number.ToString("0.############################", CultureInfo.InvariantCulture),
        CellKind.Date => Moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        CellKind.DateTime when Moment.Kind == DateTimeKind.Utc => Moment.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture),
        CellKind.DateTime => Moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        _ => Text,
    };

    public static implicit operator Cell(string? text) => new(CellKind.Text, text, 0, default);

    public static implicit operator Cell(decimal number) => new(CellKind.Number, null, number, default);

    public static implicit operator Cell(long number) => (decimal)number;

    public static implicit operator Cell(int number) => (decimal)number;

    /// <summary>A missing number is an empty cell, not zero.</summary>
    public static implicit operator Cell(int? number) => number is { } value ? value : Empty;

    public static implicit operator Cell(DateOnly date) => new(CellKind.Date, null, 0, date.ToDateTime(TimeOnly.MinValue));

    /// <summary>
    /// Seconds are dropped: the exports show times to the minute. A UTC instant keeps its kind, so CSV
    /// writes it in ISO 8601 with its Z and no reader takes it for local time.
    /// </summary>
    public static implicit operator Cell(DateTime moment) =>
        new(CellKind.DateTime, null, 0, new DateTime(moment.Ticks - moment.Ticks % TimeSpan.TicksPerMinute, moment.Kind == DateTimeKind.Utc ? DateTimeKind.Utc : DateTimeKind.Unspecified));
}
