using CallCenter.Core.Acd.Waiting;

namespace CallCenter.Core.Tests.Acd.Waiting;

public sealed class HandleTimesTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Average_OfTheQueuesRecentCalls_IsTheirMean()
    {
        var times = new HandleTimes();
        times.Add("support", TimeSpan.FromMinutes(2), Noon);
        times.Add("support", TimeSpan.FromMinutes(4), Noon);
        times.Add("sales", TimeSpan.FromMinutes(30), Noon);

        Assert.That(times.Average("support", Noon), Is.EqualTo(TimeSpan.FromMinutes(3)));
    }

    [Test]
    public void Average_KeepsOnlyTheLastCalls()
    {
        var times = new HandleTimes(keep: 2);
        times.Add("support", TimeSpan.FromMinutes(10), Noon);
        times.Add("support", TimeSpan.FromMinutes(2), Noon);
        times.Add("support", TimeSpan.FromMinutes(4), Noon);

        Assert.That(times.Average("support", Noon), Is.EqualTo(TimeSpan.FromMinutes(3)));
    }

    [Test]
    public void Average_CallsOlderThanTheWindow_AreForgotten()
    {
        var times = new HandleTimes(window: TimeSpan.FromHours(1));
        times.Add("support", TimeSpan.FromMinutes(10), Noon);
        times.Add("support", TimeSpan.FromMinutes(2), Noon.AddMinutes(50));

        Assert.Multiple(() =>
        {
            Assert.That(times.Average("support", Noon.AddMinutes(70)), Is.EqualTo(TimeSpan.FromMinutes(2)));
            Assert.That(times.Average("support", Noon.AddMinutes(120)), Is.Null);
        });
    }

    [Test]
    public void Average_QueueWithNoCalls_IsNull()
    {
        Assert.That(new HandleTimes().Average("support", Noon), Is.Null);
    }
}
