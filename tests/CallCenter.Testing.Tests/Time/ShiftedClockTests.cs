using System.Globalization;
using CallCenter.Testing.Time;

namespace CallCenter.Testing.Tests.Time;

public sealed class ShiftedClockTests
{
    private static readonly DateTimeOffset Sunday = DateTimeOffset.Parse("2026-11-22T23:30:00-05:00", CultureInfo.InvariantCulture);

    [Test]
    public void GetUtcNow_ReadsTheChosenMoment_InUtc()
    {
        var clock = new ShiftedClock(Sunday);

        var now = clock.GetUtcNow();

        Assert.Multiple(() =>
        {
            Assert.That(now, Is.EqualTo(Sunday).Within(TimeSpan.FromMinutes(1)));
            Assert.That(now.Offset, Is.EqualTo(TimeSpan.Zero));
        });
    }

    [Test]
    public async Task Timer_FiresInRealTime_AndTheClockHasMovedOnByAsMuch()
    {
        var clock = new ShiftedClock(Sunday);
        var before = clock.GetUtcNow();
        var fired = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);

        using var timer = clock.CreateTimer(_ => fired.TrySetResult(clock.GetUtcNow()), null, TimeSpan.FromMilliseconds(50), Timeout.InfiniteTimeSpan);
        var at = await fired.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(at - before, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(45)));
    }
}
