using Learning.Core.Data;
using Microsoft.AspNetCore.Http;

namespace Learning.Core.Audit;

/// <summary>Adds audit entries to the caller's unit of work, so the record and the change commit together.</summary>
public sealed class AuditLog(LearningDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public string CurrentActor => http.HttpContext?.User.Identity?.Name ?? "system";

    public void Record(string action, string subject, string detail = "", string? actor = null) =>
        db.Add(new AuditEntry
        {
            Utc = clock.GetUtcNow().UtcDateTime,
            Actor = actor ?? CurrentActor,
            Action = action,
            Subject = subject,
            Detail = detail.Length > 2000 ? detail[..2000] : detail,
        });
}
