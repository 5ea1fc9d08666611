using Microsoft.AspNetCore.Identity;

namespace Learning.Core.Data;

public class LearningUser : IdentityUser
{
    [PersonalData]
    public string DisplayName { get; set; } = "";

    public string PreferredCulture { get; set; } = "en";

    public DateTimeOffset CreatedUtc { get; set; }
}
