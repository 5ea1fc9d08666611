namespace Learning.Courses.Pages.Admin.Courses;

/// <summary>What the texts-by-language partial shows: the form name (Input.Titles), its legend and the current texts.</summary>
public sealed record LanguageTextsField(string Name, string Legend, IReadOnlyDictionary<string, string?> Values);
