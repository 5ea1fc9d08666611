using Learning.Core.Caching;
using Learning.TideTurners.Challenge;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Learning.TideTurners.Pages.TideTurners;

/// <summary>What the challenge is, its levels and how to join. Only content: nothing about any participant.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicCache.PagePolicy)]
public sealed class IndexModel(ChallengeContent content) : PageModel
{
    public List<Level> Levels { get; private set; } = [];

    public async Task OnGetAsync() => Levels = await content.LevelsAsync(HttpContext.RequestAborted);
}
