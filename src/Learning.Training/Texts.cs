namespace Learning.Training;

/// <summary>Texts kept per language: the one asked for, else English, else any.</summary>
public static class Texts
{
    public static string In(Dictionary<string, string> texts, string culture, string fallback = "") =>
        texts.TryGetValue(culture, out var t) ? t : texts.GetValueOrDefault("en") ?? texts.Values.FirstOrDefault() ?? fallback;
}
