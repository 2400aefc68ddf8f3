using CallCenter.Ari.Connection;
using CallCenter.Core.Calls;
using CallCenter.Testing;

namespace CallCenter.Telephony.Tests;

public sealed class ReconnectTests
{
    [Test]
    public async Task DroppedSocket_ReconnectsAndTheCallInProgressCarriesOn()
    {
        await using var rig = await Rig.StartAsync(playbackSpeed: 0.5);
        await using var server = await rig.StartServerAsync();
        var states = new List<AriConnectionState>();
        server.Connection.StateChanged += change => { lock (states) { states.Add(change.Current); } };
        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        await caller.WaitForPlaybackStartedAsync("sound:welcome", Rig.Timeout);

        await rig.Asterisk.DropConnectionsAsync();
        await caller.WaitForHangupAsync(Rig.Timeout);
        await server.WaitForNoCallsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(states, Is.EqualTo(new[] { AriConnectionState.Reconnecting, AriConnectionState.Connected }));
            Assert.That(caller.PlaybackHistory.Single().Outcome, Is.EqualTo(PlaybackOutcome.Done), "the welcome was not cut");
            Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Application), "the call went on to its normal end");
        });
    }

    [Test]
    public async Task PlaybackEndsWhileDisconnected_CallIsResyncedAndCarriesOn()
    {
        await using var rig = await Rig.StartAsync(playbackSpeed: 0.02);
        await using var server = await rig.StartServerAsync(reconnectDelay: TimeSpan.FromSeconds(1));
        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        await caller.WaitForPlaybackStartedAsync("sound:welcome", Rig.Timeout);

        await rig.Asterisk.DropConnectionsAsync();
        await caller.WaitForPlaybackFinishedAsync("sound:welcome", Rig.Timeout);
        var disconnectedWhenItEnded = !rig.Asterisk.IsApplicationConnected();
        await caller.WaitForHangupAsync(Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(disconnectedWhenItEnded, Is.True, "the playback must end while no websocket is there");
            Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Application));
            Assert.That(rig.Logs.Entries.Select(e => e.Message), Has.Some.Contains("ended while we were disconnected"));
        });
    }

    [Test]
    public async Task CallerHangsUpWhileDisconnected_CallIsClosedAfterReconnect()
    {
        await using var rig = await Rig.StartAsync(playbackSpeed: 1.0);
        var behaviours = new RecordingBehaviours();
        await using var server = await rig.StartServerAsync(behaviours, reconnectDelay: TimeSpan.FromSeconds(1));
        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        await caller.WaitForAnswerAsync(Rig.Timeout);

        await rig.Asterisk.DropConnectionsAsync();
        await caller.HangUpAsync();
        await behaviours.Calls[caller.ChannelId].Ended.WaitAsync(Rig.Timeout);
        await server.WaitForNoCallsAsync();

        var end = behaviours.Calls[caller.ChannelId].Inputs.OfType<CallEnded>().Single();
        Assert.That(end.Reason, Is.EqualTo(CallEndReason.Lost));
    }

    [Test]
    public async Task AsteriskRestarts_CallsItLostAreClosedAndNewCallsAreTaken()
    {
        await using var rig = await Rig.StartAsync(playbackSpeed: 1.0);
        var behaviours = new RecordingBehaviours();
        await using var server = await rig.StartServerAsync(behaviours);
        var before = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        await before.WaitForAnswerAsync(Rig.Timeout);
        var beforeCall = behaviours.Calls[before.ChannelId];
        var firstStart = rig.Asterisk.StartupTime;

        await rig.Asterisk.RestartAsync(TimeSpan.FromMilliseconds(300));
        await beforeCall.Ended.WaitAsync(Rig.Timeout);
        await server.WaitForStateAsync(AriConnectionState.Connected);
        await rig.Asterisk.WaitForApplicationAsync(Rig.Timeout);
        var after = await rig.Asterisk.PlaceCallAsync("100", "+15551230002");
        await after.WaitForAnswerAsync(Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(rig.Asterisk.StartupTime, Is.Not.EqualTo(firstStart));
            Assert.That(beforeCall.Inputs.OfType<CallEnded>().Single().Detail, Is.EqualTo("Asterisk restarted"));
            Assert.That(rig.Logs.Entries.Select(e => e.Message), Has.Some.Contains("Asterisk restarted since the last connection"));
            Assert.That(after.IsAnswered, Is.True);
        });
    }

    [Test]
    public async Task OurServerRestarts_CallStillInAsteriskIsTakenBackAndFinished()
    {
        await using var rig = await Rig.StartAsync(playbackSpeed: 1.0);
        var first = await rig.StartServerAsync();
        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        await caller.WaitForPlaybackStartedAsync("sound:welcome", Rig.Timeout);

        await first.CrashAsync();
        await using var second = await rig.StartServerAsync();
        await caller.WaitForHangupAsync(Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Application));
            Assert.That(caller.PlaybackHistory.Select(p => p.MediaUri), Is.EqualTo(new[] { "sound:welcome", "sound:welcome" }), "the second server plays the welcome again");
            Assert.That(rig.Logs.Entries.Select(e => e.Message), Has.Some.StartsWith("Call taken back"));
        });
    }

    [Test]
    public async Task CallsArrivingWhileConnecting_AreNotMistakenForLostOnes()
    {
        await using var rig = await Rig.StartAsync(playbackSpeed: 0.2);
        var slowApplicationList = new HeldAnswers(r => r.RequestUri!.AbsolutePath.EndsWith("/applications/callcenter", StringComparison.Ordinal));
        await using var server = await rig.StartServerAsync(waitForConnection: false, restInterceptor: slowApplicationList);

        // The websocket is up and Asterisk has answered our read of the application list, but the answer is
        // still on its way: calls placed now reach us by their StasisStart and are missing from the list.
        await rig.Asterisk.WaitForApplicationAsync(Rig.Timeout);
        await slowApplicationList.Answered.WaitAsync(Rig.Timeout);
        var callers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => rig.Asterisk.PlaceCallAsync("100", $"+1555100{i:D4}")));
        slowApplicationList.Release();
        await Task.WhenAll(callers.Select(c => c.WaitForHangupAsync(Rig.Timeout)));

        Assert.Multiple(() =>
        {
            Assert.That(callers.Select(c => c.HungUpBy), Is.All.EqualTo(HangupParty.Application));
            Assert.That(callers.Select(c => c.PlaybackHistory.Count), Is.All.EqualTo(1), "every caller heard the welcome");
            Assert.That(rig.Logs.Entries.Select(e => e.Message), Has.None.Contains("Lost"));
        });
    }

    [Test]
    public async Task AsteriskDownAtStart_OneLogLinePerAttemptThenConnects()
    {
        await using var rig = await Rig.StartAsync();
        await rig.Asterisk.GoDownAsync();
        await using var server = await rig.StartServerAsync(reconnectDelay: TimeSpan.FromMilliseconds(100), waitForConnection: false);
        await Eventually.TrueAsync(() => rig.Logs.Entries.Count(e => e.Message.Contains("not reachable", StringComparison.Ordinal)) >= 3, "three failed attempts", Rig.Timeout);

        await rig.Asterisk.ComeBackAsync();
        await server.WaitForStateAsync(AriConnectionState.Connected);
        await rig.Asterisk.WaitForApplicationAsync(Rig.Timeout);
        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        await caller.WaitForHangupAsync(Rig.Timeout);

        var attempts = rig.Logs.Entries.Where(e => e.Message.Contains("not reachable", StringComparison.Ordinal)).Select(e => e.Properties["Attempt"]).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(attempts, Is.EqualTo(Enumerable.Range(1, attempts.Count).Cast<object>()), "one line per attempt, numbered");
            Assert.That(rig.Problems.Where(p => !p.Message.Contains("not reachable", StringComparison.Ordinal)), Is.Empty);
            Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Application));
        });
    }
}
