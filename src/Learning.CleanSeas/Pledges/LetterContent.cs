using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using static Learning.Core.Cultures.UiText;

namespace Learning.CleanSeas.Pledges;

/// <summary>
/// Checks that an uploaded letter is a plain PDF: a PDF header and end marker, and none of the
/// PDF features that run or carry something when the moderator opens it (JavaScript, launch
/// actions, embedded files, forms that submit) nor web markup of a file that is also a page.
/// Compressed streams are inflated, up to a bound, so that a name hidden in one is found too.
/// </summary>
public static partial class LetterContent
{
    private const int MaxInflatedBytes = 16 * 1024 * 1024;
    private static readonly string[] ActiveNames = ["/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/EmbeddedFiles", "/RichMedia", "/XFA", "/SubmitForm", "/ImportData", "/GoToE"];
    private static readonly string[] Markup = ["<script", "<html", "<!doctype", "<svg", "<iframe", "<?php"];

    [GeneratedRegex(@"/[^\s/<>\[\]()%{}]+")]
    private static partial Regex Name();

    [GeneratedRegex(@"stream\r?\n")]
    private static partial Regex StreamStart();

    /// <summary>The msgid of what is wrong with the letter, or null when it is a plain PDF.</summary>
    public static string? Problem(byte[] content)
    {
        if (!content.AsSpan().StartsWith("%PDF-"u8) || content.AsSpan()[^Math.Min(content.Length, 1024)..].IndexOf("%%EOF"u8) < 0)
        {
            return Msgid("The letter must be a PDF file of at most 2 MB.");
        }
        var text = Encoding.Latin1.GetString(content);
        return HasActiveContent(text) || HasActiveContent(Inflated(text))
            ? Msgid("The letter contains scripts, actions or attached files. Upload a plain PDF, for example printed again to PDF.")
            : null;
    }

    private static bool HasActiveContent(string text) =>
        Markup.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase))
        || Name().Matches(text).Any(m => ActiveNames.Contains(Decoded(m.Value), StringComparer.Ordinal));

    /// <summary>A PDF name may write any character as #xx: /J#61vaScript is /JavaScript.</summary>
    private static string Decoded(string name) =>
        name.Contains('#') ? Regex.Replace(name, "#([0-9A-Fa-f]{2})", m => ((char)Convert.ToByte(m.Groups[1].Value, 16)).ToString()) : name;

    private static string Inflated(string text)
    {
        var result = new StringBuilder();
        foreach (Match start in StreamStart().Matches(text))
        {
            var from = start.Index + start.Length;
            var to = text.IndexOf("endstream", from, StringComparison.Ordinal);
            if (to < 0 || result.Length > MaxInflatedBytes)
            {
                break;
            }
            result.Append(Inflate(Encoding.Latin1.GetBytes(text[from..to]), MaxInflatedBytes - result.Length));
        }
        return result.ToString();
    }

    private static string Inflate(byte[] data, int budget)
    {
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            var buffer = new byte[Math.Max(0, Math.Min(budget, 4 * 1024 * 1024))];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = inflater.Read(buffer, read, buffer.Length - read)) > 0)
            {
                read += n;
            }
            return Encoding.Latin1.GetString(buffer, 0, read);
        }
        catch (InvalidDataException)
        {
            // Not a Flate stream (an image, a font in another filter): nothing to read in it.
            return "";
        }
    }
}
