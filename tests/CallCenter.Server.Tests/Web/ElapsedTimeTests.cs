using CallCenter.Server.Web;

namespace CallCenter.Server.Tests.Web;

public sealed class ElapsedTimeTests
{
    [TestCase(0, "0:00")]
    [TestCase(42, "0:42")]
    [TestCase(725, "12:05")]
    [TestCase(3729, "1:02:09")]
    [TestCase(-3, "0:00")]
    public void Text_ShowsMinutesAndSeconds_AndHoursOnceThereAreAny(int seconds, string expected)
    {
        Assert.That(ElapsedTime.Text(TimeSpan.FromSeconds(seconds)), Is.EqualTo(expected));
    }
}
