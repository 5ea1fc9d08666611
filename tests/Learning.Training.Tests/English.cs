using Learning.Core.Cultures;

namespace Learning.Training.Tests;

internal static class English
{
    /// <summary>A localizer without PO files: every message reads as its English msgid.</summary>
    public static readonly PoStringLocalizer Text = new(new TranslationCatalog(Path.Combine(Path.GetTempPath(), "learning-no-translations")));
}
