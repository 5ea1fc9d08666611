using System.Text;
using static Learning.Core.Cultures.UiText;

namespace Learning.Core.Tables;

/// <summary>A problem with the text of an uploaded CSV file, on a line (1 is the header). The message is a msgid.</summary>
public sealed record CsvLineProblem(int Line, string Message);

/// <summary>The numbered non-blank lines of an uploaded CSV file, the problems of its text and its column separator.</summary>
public sealed record CsvText(List<(int Number, string Text)> Lines, List<CsvLineProblem> Problems, CsvSeparator Separator)
{
    public List<string> Fields(string line) => Csv.Fields(line, Separator.Character);

    /// <summary>
    /// A refusal names the separator the file was read with, on the header line, so that someone whose
    /// spreadsheet saved semicolons or tabs sees how their columns were split. Null when no line was read.
    /// </summary>
    public CsvLineProblem? SeparatorNote => Lines.Count == 0 ? null : new CsvLineProblem(Lines[0].Number, Separator.Description);
}

/// <summary>
/// Splits an uploaded CSV file into numbered non-blank lines and refuses what is not plain CSV text:
/// bytes that are not UTF-8, control characters (binary data, or UTF-16 read as UTF-8, is full of
/// NULs), a quote left open, and markup, such as a web page or a script saved under a .csv name.
/// A UTF-8 byte order mark, which Excel writes, is skipped; the separator is read from the first line.
/// </summary>
public static class CsvLines
{
    private static readonly string[] Markup = ["<script", "<html", "<!doctype", "<svg", "<?php", "<iframe", "<body", "<?xml", "<%"];

    public static CsvText Read(byte[] bytes)
    {
        var lines = new List<(int Number, string Text)>();
        var problems = new List<CsvLineProblem>();
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            problems.Add(new CsvLineProblem(1, Msgid("The file is saved as UTF-16. Save it as CSV UTF-8.")));
            return new CsvText(lines, problems, CsvSeparator.Comma);
        }
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        for (var number = 1; start < bytes.Length; number++)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            end = end < 0 ? bytes.Length : end;
            try
            {
                var text = strict.GetString(bytes, start, end - start).TrimEnd('\r');
                if (Problem(text) is { } problem)
                {
                    problems.Add(new CsvLineProblem(number, problem));
                }
                else if (text.Trim().Length > 0)
                {
                    lines.Add((number, text));
                }
            }
            catch (DecoderFallbackException)
            {
                problems.Add(new CsvLineProblem(number, Msgid("This row is not UTF-8 text. Save the file as CSV UTF-8.")));
            }
            start = end + 1;
        }
        return new CsvText(lines, problems, lines.Count == 0 ? CsvSeparator.Comma : CsvSeparator.Detect(lines[0].Text));
    }

    private static string? Problem(string text)
    {
        if (text.Any(c => char.IsControl(c) && c != '\t'))
        {
            return Msgid("This row holds control characters: the file is not plain CSV text.");
        }
        if (Markup.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase)))
        {
            return Msgid("This row looks like a web page or a script, not CSV data.");
        }
        return text.Count(c => c == '"') % 2 != 0 ? Msgid("A quote on this row is not closed. A value may not span several rows.") : null;
    }
}
