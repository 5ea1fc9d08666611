using Learning.Courses.Editions;
using Learning.Courses.Releases;

namespace Learning.Courses.Tests;

public class ReleaseTimeTests
{
    [Theory]
    [InlineData("Asia/Bangkok", "2030-01-01T09:00", "2030-01-01T02:00")]
    [InlineData("Europe/Paris", "2030-07-01T09:00", "2030-07-01T07:00")]
    [InlineData("Europe/Paris", "2030-01-01T09:00", "2030-01-01T08:00")]
    [InlineData("America/Sao_Paulo", "2030-01-01T09:00", "2030-01-01T12:00")]
    [InlineData("Europe/London", "2030-03-31T01:30", "2030-03-31T01:30")]
    public void A_local_release_time_is_converted_in_its_own_time_zone(string zone, string local, string utc)
    {
        var edition = new Edition();

        EditionScheduler.SetReleaseTime(edition, DateTime.Parse(local), zone);

        Assert.Equal(DateTime.Parse(utc), edition.ReleaseAtUtc);
    }

    [Fact]
    public void Every_change_of_schedule_makes_earlier_jobs_stale()
    {
        var edition = new Edition();

        EditionScheduler.SetReleaseTime(edition, new DateTime(2030, 1, 1, 9, 0, 0), "Asia/Bangkok");
        var first = edition.ScheduleVersion;
        EditionScheduler.SetReleaseTime(edition, new DateTime(2030, 1, 2, 9, 0, 0), "Asia/Bangkok");

        Assert.NotEqual(first, edition.ScheduleVersion);
    }
}
