using Learning.Courses.Editions;

namespace Learning.Courses.Catalog;

/// <summary>One edition as the catalog lists it.</summary>
public sealed record CatalogEntry(Course Course, Track Track, Run Run, Edition Edition)
{
    public bool IsOpen => Edition.IsOpen;
}
