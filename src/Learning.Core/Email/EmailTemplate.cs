using Learning.Core.Recipes;

namespace Learning.Core.Email;

/// <summary>A Liquid e-mail template in one language. Administrators edit these; a recipe ships them.</summary>
public class EmailTemplate : ILanguageTemplate
{
    public string Name { get; set; } = "";
    public string Culture { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
}
