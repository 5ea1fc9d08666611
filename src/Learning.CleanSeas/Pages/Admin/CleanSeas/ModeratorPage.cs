using Learning.Core.Pages;
using Microsoft.AspNetCore.Authorization;

namespace Learning.CleanSeas.Pages.Admin.CleanSeas;

/// <summary>A moderator's page; the attribute covers every handler, since Razor Pages ignore [Authorize] on handler methods.</summary>
[Authorize(Policy = CleanSeasPermissions.ModerateName)]
public abstract class ModeratorPage : SitePage;
