using Learning.Courses.Editions;
using Learning.Courses.Recipes;
using Learning.Courses.Releases;

namespace Learning.Courses.Authoring;

/// <summary>
/// Adds, changes, moves and removes the units of an edition. A unit of a released edition that
/// gets a release of its own is planned at once; a job planned for an earlier time finds the
/// unit not due yet and does nothing.
/// </summary>
public sealed class UnitAuthoring(EditionEdits edits, UnitRelease releases, TimeProvider clock)
{
    public async Task<Unit> SaveAsync(Edition edition, Unit? unit, UnitInput input)
    {
        var added = unit is null;
        unit ??= await edits.AppendAsync(edition.Units, $"{edition.Id}-u", (id, n) => new Unit { Id = id, EditionId = edition.Id, Order = n });
        unit.Title = input.Title.Trim();
        unit.ReleaseWeek = input.ReleaseWeek;
        unit.ReleaseAtLocal = Local(input.ReleaseAt);
        await edits.SaveAsync(edition, added ? "course.unit-added" : "course.unit-updated", unit.Id, Describe(unit));
        if (edition.Status == EditionStatus.Released && UnitRelease.Drips(unit) && unit.ReleasedUtc is null)
        {
            releases.Plan(edition, unit);
        }
        return unit;
    }

    /// <summary>Swaps the unit with its neighbour before (-1) or after (+1); false at either end.</summary>
    public async Task<bool> MoveAsync(Edition edition, Unit unit, int by)
    {
        var units = edition.Ordered().ToList();
        var index = units.IndexOf(unit);
        if (index + by < 0 || index + by >= units.Count)
        {
            return false;
        }
        (units[index], units[index + by]) = (units[index + by], units[index]);
        for (var i = 0; i < units.Count; i++)
        {
            units[i].Order = i + 1;
        }
        await edits.SaveAsync(edition, "course.unit-moved", unit.Id, $"to position {unit.Order}");
        return true;
    }

    public Task DeleteAsync(Edition edition, Unit unit) =>
        edits.RemoveAsync(edition, edition.Units, unit, "course.unit-deleted", unit.Id, unit.Title);

    /// <summary>Whether learners can already see the unit; its release can then no longer move.</summary>
    public bool HasOpened(Edition edition, Unit unit) =>
        edition.Status == EditionStatus.Released &&
        (unit.ReleasedUtc is not null || !UnitRelease.Drips(unit) || clock.GetUtcNow().UtcDateTime >= UnitRelease.OpensAtUtc(edition, unit));

    public static bool SameRelease(Unit unit, UnitInput input) =>
        unit.ReleaseWeek == input.ReleaseWeek && unit.ReleaseAtLocal == Local(input.ReleaseAt);

    public static DateTime? Local(string? releaseAt) => EditionContent.TryParseLocal(releaseAt, out var local) ? local : null;

    private static string Describe(Unit unit) =>
        $"{unit.Order}. {unit.Title}; week {unit.ReleaseWeek}" + (unit.ReleaseAtLocal is { } at ? $", own release {EditionContent.FormatLocal(at)}" : "");
}
