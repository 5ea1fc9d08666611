using Learning.Core.Audit;
using Learning.Core.Data;
using Learning.Courses.Editions;
using Learning.Courses.Quizzes;
using Learning.Courses.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Learning.Courses.Authoring;

/// <summary>
/// Loads an edition with all its content for one change, and saves the change with its audit
/// entry and the hash of the resulting content in one transaction. The hash keeps its recipe
/// meaning: importing the same content again rewrites nothing, importing other content replaces it.
/// </summary>
public sealed class EditionEdits(LearningDbContext db, AuditLog audit)
{
    public async Task<Edition?> EditionAsync(string? editionId, CancellationToken ct = default) =>
        editionId is null ? null : (await EditionContent.LoadAsync(db.Set<Edition>().Where(e => e.Id == editionId), ct)).SingleOrDefault();

    public async Task<Edition?> OfUnitAsync(string? unitId, CancellationToken ct = default) =>
        await EditionAsync(await db.Set<Unit>().Where(u => u.Id == unitId).Select(u => u.EditionId).FirstOrDefaultAsync(ct), ct);

    public async Task<Edition?> OfLessonAsync(string? lessonId, CancellationToken ct = default) =>
        await OfUnitAsync(await db.Set<Lesson>().Where(l => l.Id == lessonId).Select(l => l.UnitId).FirstOrDefaultAsync(ct), ct);

    public async Task<Edition?> OfQuizAsync(string? quizId, CancellationToken ct = default) =>
        await OfUnitAsync(await db.Set<Quiz>().Where(q => q.Id == quizId).Select(q => q.UnitId).FirstOrDefaultAsync(ct), ct);

    public async Task<Edition?> OfQuestionAsync(string? questionId, CancellationToken ct = default) =>
        await OfQuizAsync(await db.Set<Question>().Where(q => q.Id == questionId).Select(q => q.QuizId).FirstOrDefaultAsync(ct), ct);

    public void Add(object part) => db.Add(part);

    public void Remove(object part) => db.Remove(part);

    /// <summary>A new part after its siblings, with the next free numbered id (stem1, stem2...).</summary>
    public async Task<T> AppendAsync<T>(ICollection<T> siblings, string stem, Func<string, int, T> create) where T : class, IOrdered
    {
        var id = await Ids.NumberedAsync(stem, siblings.Count + 1, i => TakenAsync<T>(i));
        var part = create(id, siblings.Count + 1);
        db.Add(part);
        siblings.Add(part);
        return part;
    }

    /// <summary>Deletes a part and numbers its siblings again, so that "lesson 2" still means the second, then saves.</summary>
    public Task RemoveAsync<T>(Edition edition, ICollection<T> siblings, T part, string action, string subject, string detail) where T : class, IOrdered
    {
        db.Remove(part);
        siblings.Remove(part);
        EditionParts.Renumber(siblings);
        return SaveAsync(edition, action, subject, detail);
    }

    public Task<bool> TakenAsync<T>(string id, CancellationToken ct = default) where T : class =>
        db.Set<T>().AnyAsync(x => EF.Property<string>(x, "Id") == id, ct);

    public async Task SaveAsync(Edition edition, string action, string subject, string detail = "", CancellationToken ct = default)
    {
        edition.ContentHash = EditionContent.Hash(EditionContent.ToData(edition).Units);
        audit.Record(action, subject, detail);
        await db.InTransactionAsync(() => Task.CompletedTask, ct);
    }
}
