using System.Text.Json;
using Learning.Core.Audit;
using Learning.Core.Cultures;
using Learning.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Learning.CleanSeas.Pledges;

public enum ReviewAction { RequestChanges, Approve, Publish, Complete, Close }

/// <summary>
/// Moves commitments through Draft → Submitted → Changes requested → Approved → Published → Completed
/// or Closed. Every step keeps the text as it stood, the actor and the comment.
/// </summary>
public sealed class CommitmentWorkflow(LearningDbContext db, AuditLog audit, TimeProvider clock, PoStringLocalizer t)
{
    private static readonly Dictionary<ReviewAction, (CommitmentStatus From, CommitmentStatus To)> Moves = new()
    {
        [ReviewAction.RequestChanges] = (CommitmentStatus.Submitted, CommitmentStatus.ChangesRequested),
        [ReviewAction.Approve] = (CommitmentStatus.Submitted, CommitmentStatus.Approved),
        [ReviewAction.Publish] = (CommitmentStatus.Approved, CommitmentStatus.Published),
        [ReviewAction.Complete] = (CommitmentStatus.Published, CommitmentStatus.Completed),
        [ReviewAction.Close] = (CommitmentStatus.Published, CommitmentStatus.Closed),
    };

    /// <summary>Adds a draft, or edits a draft or a commitment sent back for changes; anything under review or public is refused.</summary>
    public async Task<List<string>> SaveAsync(Pledge pledge, Commitment? existing, CommitmentInput input, CancellationToken ct)
    {
        if (existing is { IsEditable: false })
        {
            return [t["This commitment is under review or published: ask to revise it, and it goes back through review."]];
        }
        var commitment = existing ?? new Commitment { PledgeId = pledge.Id, Status = CommitmentStatus.Draft };
        var errors = input.Check(t, commitment);
        if (errors.Count > 0)
        {
            return errors;
        }
        await db.InTransactionAsync(async () =>
        {
            if (existing is null)
            {
                db.Add(commitment);
                await db.SaveChangesAsync(ct);
            }
            Step(commitment, existing is null ? "created" : "edited", "");
        }, ct);
        return [];
    }

    /// <summary>Sends every draft of the pledge to review at once; only a verified focal point may.</summary>
    public async Task<string?> SubmitAsync(Pledge pledge, CancellationToken ct)
    {
        if (pledge.Verification != Verification.Verified)
        {
            return t["Your application has not been verified yet: a moderator must verify it before you can submit."];
        }
        var drafts = pledge.Commitments.Where(c => c.IsEditable).ToList();
        if (drafts.Count == 0)
        {
            return t["There is no draft commitment to submit."];
        }
        foreach (var commitment in drafts)
        {
            commitment.Status = CommitmentStatus.Submitted;
            Step(commitment, "submitted", "");
        }
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Takes a published commitment back to a draft, a new version, so a change goes through review again.</summary>
    public async Task<string?> ReviseAsync(Commitment commitment, CancellationToken ct)
    {
        if (commitment.Status != CommitmentStatus.Published)
        {
            return t["Only a published commitment can be revised."];
        }
        commitment.Status = CommitmentStatus.Draft;
        commitment.Version++;
        Step(commitment, "revised", "");
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> ReviewAsync(Commitment commitment, ReviewAction action, string? comment, CancellationToken ct)
    {
        var (from, to) = Moves[action];
        if (commitment.Status != from)
        {
            return t["This step is not possible for a commitment that is {0}.", t[Labels.Of(commitment.Status)].Value];
        }
        if (action == ReviewAction.RequestChanges && string.IsNullOrWhiteSpace(comment))
        {
            return t["Say which changes you request."];
        }
        commitment.Status = to;
        if (to == CommitmentStatus.Published)
        {
            commitment.PublishedUtc ??= clock.GetUtcNow().UtcDateTime;
        }
        Step(commitment, action.ToString(), comment?.Trim() ?? "");
        await db.SaveChangesAsync(ct);
        return null;
    }

    private void Step(Commitment commitment, string action, string comment)
    {
        var snapshot = JsonSerializer.Serialize(CommitmentInput.From(commitment));
        db.Add(new CommitmentStep
        {
            CommitmentId = commitment.Id, Version = commitment.Version, Status = commitment.Status, Action = action,
            Actor = audit.CurrentActor, Comment = comment.Length > 4000 ? comment[..4000] : comment, Snapshot = snapshot,
            Utc = clock.GetUtcNow().UtcDateTime,
        });
        audit.Record($"clean-seas.commitment.{action.ToLowerInvariant()}", $"commitment:{commitment.Id}", comment);
    }
}
