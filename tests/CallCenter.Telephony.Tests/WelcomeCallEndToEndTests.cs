using CallCenter.Telephony.Tests.Welcome;
using CallCenter.Testing;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony.Tests;

public sealed class WelcomeCallEndToEndTests
{
    [Test]
    public async Task CallerDials100_IsAnsweredHearsWelcomeAndIsHungUpCleanly()
    {
        await using var rig = await Rig.StartAsync();
        await using var server = await rig.StartServerAsync();

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15551230001", "Alice");
        await caller.WaitForAnswerAsync(Rig.Timeout);
        var welcome = await caller.WaitForPlaybackStartedAsync("sound:welcome", Rig.Timeout);
        await caller.WaitForHangupAsync(Rig.Timeout);
        await server.WaitForNoCallsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(welcome.Language, Is.EqualTo("en"));
            Assert.That(caller.PlaybackHistory.Single().Outcome, Is.EqualTo(PlaybackOutcome.Done), "the welcome played to its end");
            Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Application));
            Assert.That(caller.HangupReason, Is.EqualTo("normal"));
            Assert.That(rig.Problems, Is.Empty);
        });
    }

    [Test]
    public async Task PlaybackStartedFromAsterisk_ReachesTheCallWithTheWelcomeMediaUri()
    {
        await using var rig = await Rig.StartAsync();
        var welcome = new WelcomeCallFactory(new WelcomeCallPrompts(), rig.Loggers);
        var inputs = new System.Collections.Concurrent.ConcurrentQueue<Core.Calls.CallInput>();
        await using var server = await rig.StartServerAsync(new ObservedBehaviours(welcome, inputs.Enqueue));

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        await caller.WaitForHangupAsync(Rig.Timeout);
        await server.WaitForNoCallsAsync();

        Assert.That(inputs.OfType<Core.Calls.PromptStarted>().Select(p => p.MediaUri), Is.EqualTo(new[] { "sound:welcome" }));
    }

    [Test]
    public async Task EveryLogLineOfACall_CarriesItsCallId()
    {
        await using var rig = await Rig.StartAsync();
        await using var server = await rig.StartServerAsync();

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        await caller.WaitForHangupAsync(Rig.Timeout);
        await server.WaitForNoCallsAsync();

        var callLines = rig.Logs.Entries.Where(e => e.Category.StartsWith("CallCenter.Core", StringComparison.Ordinal)
            || e.Category == "CallCenter.Telephony.CallSession"
            || e.Message.Contains(caller.ChannelId, StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(callLines.Select(e => e.Message), Has.Some.StartsWith("Call arrived").And.Some.StartsWith("Call ended"));
            Assert.That(callLines.Where(e => e.CallId != caller.ChannelId), Is.Empty);
        });
    }

    [Test]
    public async Task RestCallsMadeForACall_AreLoggedWithItsCallId()
    {
        await using var rig = await Rig.StartAsync();
        await using var server = await rig.StartServerAsync();

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15551230001");
        await caller.WaitForHangupAsync(Rig.Timeout);
        await server.WaitForNoCallsAsync();

        var restLines = rig.Logs.Entries.Where(e => e.Category == "CallCenter.Ari.Rest.AriRestClient" && e.Message.Contains(caller.ChannelId, StringComparison.Ordinal)).ToList();
        Assert.That(restLines.Select(e => e.Message), Has.Some.Contains("/answer"));
        Assert.That(restLines.Select(e => e.CallId), Is.All.EqualTo(caller.ChannelId));
    }

    [Test]
    public async Task CallerHangsUpDuringWelcome_CallEndsWithoutErrors()
    {
        await using var rig = await Rig.StartAsync(playbackSpeed: 1.0);
        await using var server = await rig.StartServerAsync();

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15551230002");
        await caller.WaitForPlaybackStartedAsync("sound:welcome", Rig.Timeout);
        await caller.HangUpAsync();
        await server.WaitForNoCallsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Phone));
            Assert.That(rig.Logs.Entries.Select(e => e.Message), Has.Some.Contains("CallerHungUp"));
            Assert.That(rig.Problems, Is.Empty);
        });
    }

    [Test]
    public async Task CallerLanguage_PicksThePromptLanguage()
    {
        await using var rig = await Rig.StartAsync();
        await using var server = await rig.StartServerAsync();

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+8613800138000", language: "zh");
        var welcome = await caller.WaitForPlaybackStartedAsync("sound:welcome", Rig.Timeout);
        await caller.WaitForHangupAsync(Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(welcome.Language, Is.EqualTo("zh"));
            Assert.That(caller.PlaybackHistory.Single().Outcome, Is.EqualTo(PlaybackOutcome.Done), "prompts/zh/welcome.wav exists and played");
        });
    }

    [Test]
    public async Task MissingPrompt_IsLoggedAndTheCallStillEnds()
    {
        await using var rig = await Rig.StartAsync();
        await using var server = await rig.StartServerAsync(behaviours: new WelcomeCallFactory(new WelcomeCallPrompts(Welcome: "sound:no-such-prompt"), rig.Loggers));

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15551230003");
        await caller.WaitForHangupAsync(Rig.Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Application));
            Assert.That(rig.Problems.Select(p => p.Message), Has.One.Contains("could not be played"));
            Assert.That(rig.Problems.Single().Level, Is.EqualTo(LogLevel.Warning));
        });
    }
}
