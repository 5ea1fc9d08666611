using static Learning.Core.Cultures.UiText;

namespace Learning.CleanSeas.Individuals;

/// <summary>What a person can promise; stored by key, shown in the reader's language.</summary>
public static class Promises
{
    public static readonly IReadOnlyList<(string Key, string Text)> All =
    [
        ("bags", Msgid("I will carry my own bag and refuse plastic bags.")),
        ("bottles", Msgid("I will drink from a refillable bottle instead of bottled water.")),
        ("straws", Msgid("I will say no to plastic straws and stirrers.")),
        ("takeaway", Msgid("I will bring my own cup and box for food and drinks to take away.")),
        ("microbeads", Msgid("I will choose cosmetics without plastic microbeads.")),
        ("cleanup", Msgid("I will join a clean-up of a beach, a river or a street.")),
    ];

    public static bool IsKey(string key) => All.Any(p => p.Key == key);

    public static string TextOf(string key) => All.FirstOrDefault(p => p.Key == key).Text ?? key;
}
