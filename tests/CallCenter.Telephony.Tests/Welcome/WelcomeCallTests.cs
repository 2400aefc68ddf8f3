using CallCenter.Core.Calls;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Telephony.Tests.Welcome;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class WelcomeCallTests
{
    private static readonly CallerInfo Caller = new("1795357895.0", "+15551230001", "Alice", "100", [], "zh", DateTimeOffset.UnixEpoch);
    private readonly RecordingCallChannel channel = new();
    private readonly WelcomeCall call;

    public WelcomeCallTests() => call = new WelcomeCall(Caller, channel, new WelcomeCallPrompts(), NullLogger.Instance);

    [Test]
    public async Task Arrival_AnswersAndPlaysWelcomeInTheCallersLanguage()
    {
        await call.HandleAsync(new CallArrived(Caller), CancellationToken.None);

        Assert.That(channel.Actions, Is.EqualTo(new[] { "answer", "play sound:welcome zh as pb1" }));
    }

    [Test]
    public async Task TakenBackAfterRestart_IsNotAnsweredAgainButHearsWelcome()
    {
        await call.HandleAsync(new CallArrived(Caller, TakenBack: true, Answered: true), CancellationToken.None);

        Assert.That(channel.Actions, Is.EqualTo(new[] { "play sound:welcome zh as pb1" }));
    }

    [Test]
    public async Task WelcomeFinished_HangsUpNormally()
    {
        await call.HandleAsync(new CallArrived(Caller), CancellationToken.None);

        await call.HandleAsync(new PromptFinished("pb1", PromptOutcome.Done), CancellationToken.None);

        Assert.That(channel.Actions.Last(), Is.EqualTo("hangup Normal"));
    }

    [Test]
    public async Task WelcomeMissing_StillHangsUp()
    {
        await call.HandleAsync(new CallArrived(Caller), CancellationToken.None);

        await call.HandleAsync(new PromptFinished("pb1", PromptOutcome.Failed), CancellationToken.None);

        Assert.That(channel.Actions.Last(), Is.EqualTo("hangup Normal"));
    }

    [Test]
    public async Task FinishOfSomeOtherPlayback_IsIgnored()
    {
        await call.HandleAsync(new CallArrived(Caller), CancellationToken.None);

        await call.HandleAsync(new PromptFinished("not-ours", PromptOutcome.Done), CancellationToken.None);

        Assert.That(channel.Actions, Has.None.StartsWith("hangup"));
    }

    [Test]
    public async Task Shutdown_DuringWelcome_StopsItSaysGoodbyeThenHangsUp()
    {
        await call.HandleAsync(new CallArrived(Caller), CancellationToken.None);

        await call.HandleAsync(new ShutdownRequested(), CancellationToken.None);
        await call.HandleAsync(new PromptFinished("pb1", PromptOutcome.Done), CancellationToken.None);
        var beforeGoodbyeEnds = channel.Actions.ToList();
        await call.HandleAsync(new PromptFinished("pb2", PromptOutcome.Done), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(beforeGoodbyeEnds[2..], Is.EqualTo(new[] { "stop pb1", "play sound:goodbye zh as pb2" }));
            Assert.That(channel.Actions.Last(), Is.EqualTo("hangup Normal"));
        });
    }

    [Test]
    public async Task CallerHangsUp_MidWelcome_EndsWithoutTouchingTheLine()
    {
        await call.HandleAsync(new CallArrived(Caller), CancellationToken.None);

        await call.HandleAsync(new CallEnded(CallEndReason.CallerHungUp), CancellationToken.None);
        await call.HandleAsync(new PromptFinished("pb1", PromptOutcome.Failed), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(call.IsFinished, Is.True);
            Assert.That(channel.Actions, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task HangupBeforeArrivalWasHandled_EndsCleanly()
    {
        await call.HandleAsync(new CallEnded(CallEndReason.CallerHungUp), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(call.IsFinished, Is.True);
            Assert.That(channel.Actions, Is.Empty);
        });
    }
}
