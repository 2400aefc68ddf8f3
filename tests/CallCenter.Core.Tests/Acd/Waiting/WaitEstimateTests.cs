using CallCenter.Core.Acd.Waiting;

namespace CallCenter.Core.Tests.Acd.Waiting;

public sealed class WaitEstimateTests
{
    private static readonly TimeSpan FourMinutes = TimeSpan.FromMinutes(4);

    [TestCase(1, 3, 4)]
    [TestCase(3, 3, 4)]
    [TestCase(4, 3, 8)]
    [TestCase(7, 3, 12)]
    [TestCase(5, 1, 20)]
    public void Estimate_IsRoundsOfCallsAheadTimesTheHandleTime(int position, int agents, int minutes)
    {
        Assert.That(WaitEstimate.Estimate(position, agents, FourMinutes), Is.EqualTo(TimeSpan.FromMinutes(minutes)));
    }

    [Test]
    public void Estimate_NoAgentLoggedIn_IsNull()
    {
        Assert.That(WaitEstimate.Estimate(2, 0, FourMinutes), Is.Null);
    }

    [Test]
    public void Estimate_NoRecentHandleTime_IsNull()
    {
        Assert.That(WaitEstimate.Estimate(2, 3, null), Is.Null);
    }
}
