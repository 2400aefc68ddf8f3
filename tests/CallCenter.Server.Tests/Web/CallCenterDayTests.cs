using CallCenter.Server.Web;

namespace CallCenter.Server.Tests.Web;

public sealed class CallCenterDayTests
{
    [Test]
    public void StartOf_EveningInUtc_IsThatMidnightInTheCallCentersZone()
    {
        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var now = new DateTimeOffset(2026, 11, 22, 20, 0, 0, TimeSpan.Zero);

        var start = CallCenterDay.StartOf(now, shanghai);

        Assert.That(start, Is.EqualTo(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(8))));
    }

    [Test]
    public void StartOf_DayClocksGoForward_IsMidnightAtTheWinterOffset()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var afternoon = new DateTimeOffset(2026, 3, 8, 15, 0, 0, TimeSpan.FromHours(-4));

        var start = CallCenterDay.StartOf(afternoon, newYork);

        Assert.That(start, Is.EqualTo(new DateTimeOffset(2026, 3, 8, 0, 0, 0, TimeSpan.FromHours(-5))));
    }
}
