using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Learning.Core.Data;

/// <summary>Column mappings that several modules share.</summary>
public static class Columns
{
    // A wall-clock time has no zone of its own (a TimeZone column beside it says where it is); it is
    // stored with a UTC label because PostgreSQL's timestamptz accepts nothing else.
    public static readonly ValueConverter<DateTime, DateTime> WallClock = new(
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc), v => DateTime.SpecifyKind(v, DateTimeKind.Unspecified));

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Small value collections live in one JSON text column, the same on SQLite and PostgreSQL.</summary>
    public static void Json<T>(PropertyBuilder<T> property) where T : new() =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, Options),
            v => JsonSerializer.Deserialize<T>(v, Options) ?? new T(),
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                v => JsonSerializer.Serialize(v, Options).GetHashCode(),
                v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!));
}
