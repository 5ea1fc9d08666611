using Learning.Core.Caching;

namespace Learning.Core.Cultures;

/// <summary>A language the site is offered in. Languages are data: a recipe adds one.</summary>
public class Language : IPublicContent
{
    public string Culture { get; set; } = "";
    public string NativeName { get; set; } = "";
    public string EnglishName { get; set; } = "";
    public bool RightToLeft { get; set; }
    public int Order { get; set; }

    public string Direction => RightToLeft ? "rtl" : "ltr";
}
