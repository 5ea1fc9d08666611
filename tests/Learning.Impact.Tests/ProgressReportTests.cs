using Learning.Impact.Report;

namespace Learning.Impact.Tests;

public class ProgressReportTests
{
    [Theory]
    [InlineData(ReportState.Queued, 0, 0, 0)]
    [InlineData(ReportState.Building, 2, 5, 40)]
    [InlineData(ReportState.Building, 7, 5, 100)]
    [InlineData(ReportState.Ready, 0, 0, 100)]
    [InlineData(ReportState.Failed, 0, 0, 100)]
    public void The_progress_bar_reads_the_steps_done(ReportState state, int done, int total, int percent)
    {
        Assert.Equal(percent, new ProgressReport { State = state, StepsDone = done, StepsTotal = total }.Percent);
    }

    [Fact]
    public void The_file_is_named_by_its_period_and_language()
    {
        var report = new ProgressReport { From = new(2026, 1, 1), To = new(2026, 6, 30), Culture = "zh-Hans" };

        Assert.Equal("progress-report-2026-01-01-2026-06-30-zh-Hans.pdf", report.FileName);
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("zh-Hans", true)]
    [InlineData("th", true)]
    [InlineData("de", false)]
    [InlineData("EN", false)]
    [InlineData(null, false)]
    public void A_report_is_written_in_one_of_the_ten_languages(string? culture, bool supported)
    {
        Assert.Equal(supported, ReportLanguages.IsSupported(culture));
    }
}
