using System.Text;

namespace Learning.Training.Sessions;

/// <summary>
/// What RFC 5545 allows in the values Ical.Net writes, and content lines folded so that no
/// character is cut in two.
/// </summary>
public static class CalendarText
{
    private const int LineOctets = 75;

    /// <summary>
    /// A TEXT value (3.3.11) keeps line breaks, which Ical.Net escapes as <c>\n</c>, and tabs; other
    /// control characters are not allowed there and are left out.
    /// </summary>
    public static string? Text(string? value) =>
        value is null ? null : new string(value.Replace("\r\n", "\n").Replace('\r', '\n').Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray());

    /// <summary>
    /// A parameter value such as CN (3.2) can hold neither control characters nor double quotes, and
    /// is never escaped: a line break in a name would start a line of its own.
    /// </summary>
    public static string? Parameter(string? value)
    {
        var cleaned = string.Join(' ', new string((value ?? "").Select(c => char.IsControl(c) ? ' ' : c == '"' ? '\'' : c).ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return cleaned.Length == 0 ? null : cleaned;
    }

    /// <summary>
    /// Folds the serialized calendar again at 75 octets (3.1) between whole characters. Ical.Net 5.2.4
    /// may fold between the two halves of a character outside the BMP (an emoji), which then
    /// cannot be encoded: SQLite stores U+FFFD for it and PostgreSQL refuses the row.
    /// </summary>
    public static string Refold(string serialized)
    {
        var unfolded = serialized.Replace("\r\n ", "").Replace("\r\n\t", "");
        var folded = new StringBuilder(serialized.Length + 64);
        foreach (var line in unfolded.Split("\r\n").Where(l => l.Length > 0))
        {
            Fold(line, folded);
        }
        return folded.ToString();
    }

    private static void Fold(string line, StringBuilder into)
    {
        var octets = 0;
        for (var i = 0; i < line.Length;)
        {
            var width = char.IsSurrogatePair(line, i) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > LineOctets)
            {
                // The space that starts the continuation line counts towards its 75 octets.
                into.Append("\r\n ");
                octets = 1;
            }
            into.Append(line, i, width);
            (octets, i) = (octets + size, i + width);
        }
        into.Append("\r\n");
    }
}
