using CallCenter.Core.Calls;
using CallCenter.Testing;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Tests;

public sealed class BadInputTests
{
    [Test]
    public async Task MalformedEvent_IsLoggedSkippedAndCallsGoOn()
    {
        await using var rig = await Rig.StartAsync();
        await using var server = await rig.StartServerAsync();

        await rig.Asterisk.SendRawAsync("{\"type\": \"StasisStart\", \"channel\": 42");
        await rig.Asterisk.SendRawAsync("not json at all");
        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        await caller.WaitForHangupAsync(Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(rig.Problems.Select(p => p.Message), Has.Exactly(2).StartsWith("Skipped a malformed ARI event"));
            Assert.That(server.Connection.State, Is.EqualTo(Ari.Connection.AriConnectionState.Connected), "the connection survived");
            Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Application));
        });
    }

    [Test]
    public async Task MalformedEvent_ItsContentNeverReachesTheLog()
    {
        await using var rig = await Rig.StartAsync();
        await using var server = await rig.StartServerAsync();

        await rig.Asterisk.SendRawAsync("{\"type\":\"ChannelDtmfReceived\",\"digit\":[\"4111111111111111\"]}");
        await Eventually.TrueAsync(() => server.Reader.MalformedSkipped == 1, "the malformed event was skipped", Rig.Timeout);

        Assert.That(rig.Logs.Entries.Select(e => e.Message + e.Exception), Has.None.Contains("4111111111111111"));
    }

    [Test]
    public async Task UnknownEventType_IsLoggedOnceAndDoesNotDisturb()
    {
        await using var rig = await Rig.StartAsync();
        await using var server = await rig.StartServerAsync();

        for (var i = 0; i < 3; i++)
        {
            await rig.Asterisk.SendRawAsync("{\"type\":\"ChannelTeleported\",\"application\":\"callcenter\",\"timestamp\":\"2026-11-22T14:31:35.862+0000\"}");
        }
        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        await caller.WaitForHangupAsync(Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(rig.Problems.Select(p => p.Message), Has.Exactly(1).Contains("ChannelTeleported is unknown"));
            Assert.That(server.Reader.EventsRead, Is.GreaterThanOrEqualTo(3));
        });
    }

    [Test]
    public async Task StuckCallWhoseMailboxFills_IsFailedLoudlyAndHungUp()
    {
        await using var rig = await Rig.StartAsync(dtmfGap: TimeSpan.FromMilliseconds(1));
        var stuck = new TaskCompletionSource();
        var behaviours = new RecordingBehaviours((_, input) => input is DigitPressed ? stuck.Task : Task.CompletedTask);
        await using var server = await rig.StartServerAsync(behaviours, new TelephonyOptions { MailboxCapacity = 16 });
        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        await caller.WaitForAnswerAsync(Rig.Timeout);

        await caller.PressAsync(new string('5', 40));
        await caller.WaitForHangupAsync(Rig.Timeout);
        await server.WaitForNoCallsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Application));
            var errors = rig.Logs.AtLeast(LogLevel.Error).ToList();
            Assert.That(errors.Select(e => e.Message), Has.Some.Contains("overflowed"));
            Assert.That(errors.Where(e => e.Message.Contains("failed; hanging up", StringComparison.Ordinal)).Select(e => e.CallId), Is.EqualTo(new[] { caller.ChannelId }));
        });
    }

    [Test]
    public async Task BehaviourThrows_CallIsHungUpAndOthersUnaffected()
    {
        await using var rig = await Rig.StartAsync();
        var behaviours = new RecordingBehaviours((caller, input) =>
            input is DigitPressed { Digit: '9' } ? throw new InvalidOperationException("bug in a flow handler") : Task.CompletedTask);
        await using var server = await rig.StartServerAsync(behaviours);
        var faulty = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        var healthy = await rig.Asterisk.PlaceCallAsync("100", "+15551230002");
        await Task.WhenAll(faulty.WaitForAnswerAsync(Rig.Timeout), healthy.WaitForAnswerAsync(Rig.Timeout));

        await faulty.PressAsync("9");
        await faulty.WaitForHangupAsync(Rig.Timeout);
        await healthy.PressAsync("1");
        await Eventually.TrueAsync(() => behaviours.Calls[healthy.ChannelId].Digits == "1", "the healthy call got its digit", Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(faulty.HungUpBy, Is.EqualTo(HangupParty.Application));
            Assert.That(healthy.IsHungUp, Is.False);
            Assert.That(rig.Logs.AtLeast(LogLevel.Error).Select(e => e.Exception?.Message), Has.Some.EqualTo("bug in a flow handler"));
        });
    }

    [Test]
    public async Task BehaviourThrows_TheBehaviourIsToldTheCallEndedAsFailed()
    {
        await using var rig = await Rig.StartAsync();
        var behaviours = new RecordingBehaviours((caller, input) =>
            input is DigitPressed { Digit: '9' } ? throw new InvalidOperationException("bug in a flow handler") : Task.CompletedTask);
        await using var server = await rig.StartServerAsync(behaviours);
        var faulty = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        await faulty.WaitForAnswerAsync(Rig.Timeout);

        await faulty.PressAsync("9");
        await behaviours.Calls[faulty.ChannelId].Ended.WaitAsync(Rig.Timeout);

        Assert.That(behaviours.Calls[faulty.ChannelId].Inputs.OfType<CallEnded>().Select(e => e.Reason), Is.EqualTo(new[] { CallEndReason.Failed }));
    }
}
