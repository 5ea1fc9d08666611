using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Learning.Core.Data;

/// <summary>
/// Every <see cref="DateTime"/> column holds a UTC instant, except a wall-clock time named
/// <c>...Local</c> (a session's local start, a release's local time). SQLite gives instants back
/// with an unspecified kind, which JSON, pages and exports would then write without an offset and
/// clients would take as their local time; read here, every instant comes back as UTC on both
/// databases, so whatever writes it writes the <c>Z</c>.
/// </summary>
public static class UtcColumns
{
    private static readonly ValueConverter<DateTime, DateTime> Instant = new(
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private static readonly ValueConverter<DateTime?, DateTime?> OptionalInstant = new(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Local ? v.Value.ToUniversalTime() : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc)) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);

    public static void Apply(ModelBuilder builder)
    {
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.Name.EndsWith("Local", StringComparison.Ordinal) || property.GetValueConverter() is not null)
            {
                continue;
            }
            if (property.ClrType == typeof(DateTime))
            {
                property.SetValueConverter(Instant);
            }
            else if (property.ClrType == typeof(DateTime?))
            {
                property.SetValueConverter(OptionalInstant);
            }
        }
    }
}
