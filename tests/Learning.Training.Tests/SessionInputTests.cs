using Learning.Training.Sessions;

namespace Learning.Training.Tests;

public class SessionInputTests
{
    private static SessionInput Input(string starts = "2026-06-10T14:00", string ends = "2026-06-10T16:00", string zone = "Africa/Nairobi",
        string? link = "https://meet.example.org/x", string? venue = null) =>
        new() { Title = "Monitoring", StartsLocal = starts, EndsLocal = ends, TimeZone = zone, OnlineLink = link, Venue = venue };

    [Fact]
    public void A_session_is_planned_in_its_own_time_zone()
    {
        var problems = Input().Problems(English.Text, out var times);

        Assert.Empty(problems);
        Assert.Equal(new DateTime(2026, 6, 10, 11, 0, 0), times.StartsUtc);
        Assert.Equal(new DateTime(2026, 6, 10, 13, 0, 0), times.EndsUtc);
    }

    [Fact]
    public void A_local_time_the_clocks_skip_does_not_exist()
    {
        var problems = Input("2026-03-29T02:30", "2026-03-29T04:00", "Europe/Berlin").Problems(English.Text, out _);

        Assert.Equal(["This local time does not exist in Europe/Berlin (the clocks change then)."], problems);
    }

    [Theory]
    [InlineData("2026-06-10T16:00", "2026-06-10T16:00", "The session ends before it starts.")]
    [InlineData("10 June 2026", "2026-06-10T16:00", "Start and end need a date and time.")]
    public void Start_and_end_must_be_times_in_order(string starts, string ends, string problem)
    {
        Assert.Equal([problem], Input(starts, ends).Problems(English.Text, out _));
    }

    [Fact]
    public void A_session_needs_a_web_link_or_a_venue()
    {
        Assert.Equal(["A session needs an online link or a venue."], Input(link: null).Problems(English.Text, out _));
        Assert.Equal(["The online link must be a web address (https://...)."], Input(link: "javascript:alert(1)").Problems(English.Text, out _));
        Assert.Empty(Input(link: null, venue: "Nairobi, UN Avenue").Problems(English.Text, out _));
    }

    [Fact]
    public void An_unknown_time_zone_is_named()
    {
        Assert.Contains("Unknown time zone: Mars/Olympus", Input(zone: "Mars/Olympus").Problems(English.Text, out _));
    }
}
