using System.Globalization;
using static CallCenter.Server.Tests.Ivr.EndToEnd.HotlineCaller;

namespace CallCenter.Server.Tests.Ivr.EndToEnd;

/// <summary>A call when the hotline is closed — after Sunday's hours, or on a holiday that would be a working day.</summary>
[TestFixture("2026-11-22T18:00:00-05:00", TestName = "{C}(Sunday evening)")]
[TestFixture("2026-11-26T10:00:00-05:00", TestName = "{C}(Thanksgiving morning)")]
[Parallelizable(ParallelScope.Self)]
public sealed class AfterHoursCallTests(string wallClock)
{
    private HotlineRig rig = null!;

    [OneTimeSetUp]
    public async Task StartAsync() =>
        rig = await HotlineRig.StartAsync(new HotlineRigOptions { WallClock = DateTimeOffset.Parse(wallClock, CultureInfo.InvariantCulture) });

    [OneTimeTearDown]
    public async Task StopAsync() => await rig.DisposeAsync();

    [Test]
    public async Task Caller_HearsTheAfterHoursMessage_ThenIsOfferedToLeaveAMessage()
    {
        await using var caller = await rig.CallAsync();

        var heard = await caller.MediaUntilAsync("complaint-intro");

        Assert.That(heard, Is.EqualTo(new[] { Sound("after-hours"), Sound("complaint-intro") }));
    }

    [Test]
    public async Task MessageLeftAfterHours_BecomesATicket_AndTheStepsShowTheHotlineClosed()
    {
        await using var caller = await rig.CallAsync();
        await caller.HearAsync("complaint-intro");
        var recording = await rig.RecordingStartedAsync(caller.CallId);
        await caller.SpeakAsync(TimeSpan.FromSeconds(3));
        await caller.PressAsync("#");
        await caller.HearAsync("complaint-review");

        await caller.PressAsync("1");
        await caller.WaitForHangupAsync();

        var ticket = await rig.TicketAsync(caller.CallId);
        var steps = await rig.StepsAsync(caller.CallId);
        Assert.Multiple(() =>
        {
            Assert.That(ticket.RecordingName, Is.EqualTo(recording));
            Assert.That(steps[0], Has.Property("Node").EqualTo("opening-hours").And.Property("Outcome").EqualTo("closed"));
        });
    }
}
