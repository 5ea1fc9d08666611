using System.Globalization;
using Learning.Core.Admin;
using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Learning.Core.Email;
using Learning.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Learning.Site.Pages.Admin.Outbox;

[Authorize(Policy = SitePermissions.ManageSettingsName)]
public sealed class IndexModel(LearningDbContext db, OutboxSchedule delivery, AuditLog audit, TimeProvider clock, PoStringLocalizer t) : PageModel
{
    public const string Sent = "sent";
    public const string Waiting = "waiting";
    public const string Failed = "failed";

    /// <summary><see cref="Sent"/>, <see cref="Waiting"/>, <see cref="Failed"/>, or anything else for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = Paging.Key)]
    public int P { get; set; } = 1;

    public PageOf<OutboxMessage> Messages { get; private set; } = new([], 1, 1, 0);

    public async Task OnGetAsync() =>
        Messages = await Filter(db.Set<OutboxMessage>().AsNoTracking())
            .OrderByDescending(m => m.CreatedUtc).ThenBy(m => m.Id).PageAsync(P);

    public async Task<IActionResult> OnPostRetryAsync(Guid id)
    {
        var message = await db.Set<OutboxMessage>().FirstOrDefaultAsync(m => m.Id == id);
        if (message is null)
        {
            return NotFound();
        }
        if (!message.GaveUp || message.SentUtc is not null)
        {
            return Back(t["This message is not waiting for a retry."]);
        }
        message.GaveUp = false;
        message.NextAttemptUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record("outbox.retry", message.Id.ToString(), message.Subject);
        await db.SaveChangesAsync();
        delivery.RequestDelivery();
        return Back(t["The message will be sent again now."]);
    }

    public static string StateOf(OutboxMessage message) =>
        message.SentUtc is not null ? Sent : message.GaveUp ? Failed : Waiting;

    private IQueryable<OutboxMessage> Filter(IQueryable<OutboxMessage> messages) => Status switch
    {
        Sent => messages.Where(m => m.SentUtc != null),
        Waiting => messages.Where(m => m.SentUtc == null && !m.GaveUp),
        Failed => messages.Where(m => m.SentUtc == null && m.GaveUp),
        _ => messages,
    };

    private RedirectResult Back(string message)
    {
        TempData["Message"] = message;
        return Redirect(QueryHelpers.AddQueryString(SiteAddresses.Outbox, new Dictionary<string, string?>
        {
            ["status"] = Status ?? "",
            [Paging.Key] = P.ToString(CultureInfo.InvariantCulture),
        }));
    }
}
