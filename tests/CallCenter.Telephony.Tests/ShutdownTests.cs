using CallCenter.Testing;

namespace CallCenter.Telephony.Tests;

public sealed class ShutdownTests
{
    [Test]
    public async Task Shutdown_CallInProgressHearsGoodbyeBeforeHangup()
    {
        await using var rig = await Rig.StartAsync(playbackSpeed: 1.0);
        var server = await rig.StartServerAsync();
        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        await caller.WaitForPlaybackStartedAsync("sound:welcome", Rig.Timeout);

        await server.DisposeAsync();

        Assert.Multiple(() =>
        {
            Assert.That(caller.PlaybackHistory.Select(p => (p.MediaUri, p.Outcome)), Is.EqualTo(new[]
            {
                ("sound:welcome", PlaybackOutcome.Stopped),
                ("sound:goodbye", PlaybackOutcome.Done),
            }));
            Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Application));
            Assert.That(rig.Problems, Is.Empty);
        });
    }

    [Test]
    public async Task Shutdown_CallArrivingMeanwhile_IsSentBackToTheDialplan()
    {
        await using var rig = await Rig.StartAsync(playbackSpeed: 1.0);
        var server = await rig.StartServerAsync();
        var inProgress = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        await inProgress.WaitForPlaybackStartedAsync("sound:welcome", Rig.Timeout);

        var stopping = server.DisposeAsync().AsTask();
        await inProgress.WaitForPlaybackStartedAsync("sound:goodbye", Rig.Timeout);
        var latecomer = await rig.Asterisk.PlaceCallAsync("100", "+15551230002");
        await latecomer.WaitUntilAsync(c => ((FakeCaller)c).ContinuedTo is not null, "be sent back to the dialplan", Rig.Timeout);
        await stopping;

        Assert.Multiple(() =>
        {
            Assert.That(latecomer.ContinuedTo, Is.EqualTo(new DialplanLocation("callcenter-unavailable", "s", 1)));
            Assert.That(latecomer.IsAnswered, Is.False, "not welcomed by a server on its way out");
        });
    }

    [Test]
    public async Task Shutdown_GracePeriodOver_RemainingCallsAreHungUp()
    {
        await using var rig = await Rig.StartAsync();
        var release = new TaskCompletionSource();
        var behaviours = new RecordingBehaviours((_, input) => input is Core.Calls.ShutdownRequested ? release.Task : Task.CompletedTask);
        var server = await rig.StartServerAsync(behaviours, new TelephonyOptions { ShutdownGrace = TimeSpan.FromMilliseconds(300) });
        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        await caller.WaitForAnswerAsync(Rig.Timeout);

        await server.DisposeAsync();
        await caller.WaitForHangupAsync(Rig.Timeout);
        release.SetResult();

        Assert.Multiple(() =>
        {
            Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Application));
            Assert.That(rig.Logs.Entries.Select(e => e.Message), Has.Some.Contains("grace period over"));
        });
    }
}
