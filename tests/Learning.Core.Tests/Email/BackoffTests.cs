using Learning.Core.Email;

namespace Learning.Core.Tests.Email;

public class BackoffTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(5, 160)]
    [InlineData(12, 3600)]
    [InlineData(40, 3600)]
    public void Each_failure_waits_longer_up_to_an_hour(int attempts, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxDispatcher.Backoff(attempts));
    }
}
