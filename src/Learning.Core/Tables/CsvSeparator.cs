using static Learning.Core.Cultures.UiText;

namespace Learning.Core.Tables;

/// <summary>
/// What separates the columns of an uploaded CSV file, read from its header line. Excel saves CSV with
/// the list separator of its language: commas in English, semicolons in French, Spanish, Portuguese,
/// Russian, Indonesian or Vietnamese, tabs as "Text". <see cref="Description"/> is a msgid that names it,
/// so a refusal tells people how their file was read.
/// </summary>
public sealed record CsvSeparator(char Character, string Description)
{
    public static readonly CsvSeparator Comma = new(',', Msgid("Columns are separated by commas (,) in this file."));

    public static readonly CsvSeparator Semicolon = new(';', Msgid("Columns are separated by semicolons (;) in this file."));

    public static readonly CsvSeparator Tab = new('\t', Msgid("Columns are separated by tabs in this file."));

    /// <summary>A header of one column: read as commas, and said to have no separator.</summary>
    public static readonly CsvSeparator None = new(',', Msgid("The first line of this file has no comma, semicolon or tab between the column names."));

    /// <summary>The separator that occurs most often outside quotes on the header line; commas win a tie.</summary>
    public static CsvSeparator Detect(string header)
    {
        var counts = new Dictionary<char, int> { [','] = 0, [';'] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && counts.ContainsKey(c))
            {
                counts[c]++;
            }
        }
        var best = counts.OrderByDescending(pair => pair.Value).First();
        return best.Value == 0 ? None : best.Key switch { ';' => Semicolon, '\t' => Tab, _ => Comma };
    }
}
