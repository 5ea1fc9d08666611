using Learning.Core.Cultures;

namespace Learning.TideTurners.Youths;

/// <summary>What a leader types for one youth (a form or a roster row), checked before anything is stored.</summary>
public sealed record YouthInput(string Nickname, string AgeBand, bool Consent, string Culture)
{
    /// <summary>The problems with the input as messages for the leader; empty when it can be stored.</summary>
    public IReadOnlyList<string> Problems(CultureCatalog cultures)
    {
        var problems = new List<string>();
        var nickname = Nickname.Trim();
        if (nickname.Length == 0 || nickname.Length > Youth.NicknameLength)
        {
            problems.Add("Give a first name or nickname of 1 to 40 characters.");
        }
        // Data minimisation: one word only, so that a family name or an e-mail address is not stored by habit.
        else if (nickname.Any(char.IsWhiteSpace) || nickname.Contains('@'))
        {
            problems.Add("Give only a first name or nickname: no family name and no e-mail address.");
        }
        if (ParsedAgeBand is not { } band)
        {
            problems.Add("The age band must be under-13, 13-15 or 16+.");
        }
        else if (band != Youths.AgeBand.From16 && !Consent)
        {
            problems.Add("Under 16, a parent's or guardian's consent must be recorded.");
        }
        if (cultures.Find(Culture.Trim()) is null)
        {
            problems.Add("Unknown language.");
        }
        return problems;
    }

    public AgeBand? ParsedAgeBand => AgeBand.Trim().ToLowerInvariant() switch
    {
        "under-13" or "under13" => Youths.AgeBand.Under13,
        "13-15" or "from13to15" => Youths.AgeBand.From13To15,
        "16+" or "from16" => Youths.AgeBand.From16,
        _ => null,
    };
}
