using System.Text.Json;
using System.Text.Json.Serialization;
using Learning.Web.Tests.Infrastructure;
using Learning.Web.Tests.Interop;
using MimeKit;

namespace Learning.Web.Tests.Training.Calendar;

/// <summary>One .ics as the site sent it: the bytes, the MIME type with its parameters, and which message (in the order received) carried it.</summary>
public sealed record IcsPart(byte[] Bytes, string ContentType, int Message);

public sealed record IcsAttendee(string Address, string? Cn, string? Role, string? Partstat, string? Rsvp);

public sealed record IcsEvent(string? Uid, int? Sequence, string? Status, string? Summary, string? Location, string? Description,
    string? Dtstart, string? Dtstamp, string? Organizer, string? OrganizerCn, string? OrganizerSentBy, List<IcsAttendee> Attendees);

public sealed record IcsObject(string Part, int Message, string? Method, List<IcsEvent> Events);

public sealed record IcsReport(List<IcsObject> Objects, List<string> Violations);

/// <summary>
/// Reads .ics files with software the project did not write: Debian's python3-icalendar, through
/// <c>check-ics.py</c>, which also checks them against RFC 5545 and the iTIP rules of RFC 5546.
/// </summary>
public static class IcsCheck
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static string Script => Path.Combine(TestEnvironment.RepositoryRoot, "tests", "Learning.Web.Tests", "Training", "Calendar", "check-ics.py");

    /// <summary>Every text/calendar part of the messages, in the order given.</summary>
    public static List<IcsPart> PartsOf(IReadOnlyList<MimeMessage> messages) =>
        messages.SelectMany((message, index) => message.BodyParts.OfType<MimePart>()
            .Where(p => p.ContentType.MimeType == "text/calendar")
            .Select(p => new IcsPart(Decoded(p), p.ContentType.ToString().Split(':', 2)[1].Trim(), index))).ToList();

    public static async Task<IcsReport> RunAsync(IReadOnlyList<IcsPart> parts, string expectedOrganizer)
    {
        var folder = Path.Combine(Path.GetTempPath(), "learning-ics", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var manifest = new List<object>();
        for (var i = 0; i < parts.Count; i++)
        {
            var file = $"m{parts[i].Message:00}-p{i:00}.ics";
            await File.WriteAllBytesAsync(Path.Combine(folder, file), parts[i].Bytes);
            manifest.Add(new { file, message = parts[i].Message, contentType = parts[i].ContentType });
        }
        var manifestPath = Path.Combine(folder, "manifest.json");
        await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(new { organizer = expectedOrganizer, parts = manifest }));
        var output = await PythonAsync(manifestPath);
        return JsonSerializer.Deserialize<IcsReport>(output, Json) ?? throw new InvalidOperationException("check-ics.py printed nothing");
    }

    private static async Task<string> PythonAsync(string manifestPath)
    {
        var verdict = await OutsideTool.RunAsync(TestEnvironment.Python, [Script, manifestPath]);
        Assert.True(verdict.ExitCode == 0, $"check-ics.py failed: {verdict}");
        return verdict.Output;
    }

    private static byte[] Decoded(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return content.ToArray();
    }
}
