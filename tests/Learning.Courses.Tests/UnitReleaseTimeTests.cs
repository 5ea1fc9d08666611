using Learning.Courses.Editions;
using Learning.Courses.Releases;

namespace Learning.Courses.Tests;

public class UnitReleaseTimeTests
{
    private static Edition BangkokEdition()
    {
        var edition = new Edition { TimeZone = "Asia/Bangkok" };
        EditionScheduler.SetReleaseTime(edition, new DateTime(2030, 1, 7, 9, 0, 0), "Asia/Bangkok");
        return edition;
    }

    [Fact]
    public void A_unit_without_a_time_of_its_own_opens_its_week_after_the_edition()
    {
        var unit = new Unit { ReleaseWeek = 2 };

        Assert.Equal(new DateTime(2030, 1, 21, 2, 0, 0), UnitRelease.OpensAtUtc(BangkokEdition(), unit));
        Assert.True(UnitRelease.Drips(unit));
        Assert.False(UnitRelease.Drips(new Unit { ReleaseWeek = 0 }));
    }

    [Fact]
    public void A_unit_with_a_time_of_its_own_opens_then_on_its_edition_clock_whatever_its_week()
    {
        var unit = new Unit { ReleaseWeek = 0, ReleaseAtLocal = new DateTime(2030, 1, 10, 18, 30, 0) };

        Assert.Equal(new DateTime(2030, 1, 10, 11, 30, 0), UnitRelease.OpensAtUtc(BangkokEdition(), unit));
        Assert.Equal(unit.ReleaseAtLocal, UnitRelease.OpensAtLocal(BangkokEdition(), unit));
        Assert.True(UnitRelease.Drips(unit));
    }
}
