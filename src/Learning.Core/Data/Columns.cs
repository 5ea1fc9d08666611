using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Learning.Core.Data;

/// <summary>Column mappings that several modules share.</summary>
public static class Columns
{
    // A wall-clock time has no zone of its own (a TimeZone column beside it says where it is); it is
    // stored with a UTC label because PostgreSQL's timestamptz accepts nothing else.
    public static readonly ValueConverter<DateTime, DateTime> WallClock = new(
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc), v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified));
}
