using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Calls;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Records;
using CallCenter.Core.Tests.Acd.Distribution;

namespace CallCenter.Core.Tests.Ivr.Runtime;

/// <summary>The queue node's callback: 2 while waiting, or a queue's overflow, hands the caller's place to the callback dialer.</summary>
public sealed class QueueCallbackTests
{
    private static readonly AgentOffer Offer1001 = new("1001", "Olivia Chen", TimeSpan.FromSeconds(15));

    [Test]
    public async Task CallerWhoCanBeCalledBack_HearsBothOptions()
    {
        var rig = Rig(new DistributorSpy(agentsServing: 1), new CallbackDialerSpy());

        await rig.ArriveAsync();

        Assert.That(rig.LastPlayed, Is.EqualTo("sound:queue-hold sound:queue-options"));
    }

    [Test]
    public async Task CallbackOptionsPrompt_Set_IsWhatACallerWhoCanBeCalledBackHears()
    {
        var flow = QueueFlow.Yaml.Replace("    voicemail: message\n", "    voicemail: message\n    callback-options-prompt: complaint-intro\n", StringComparison.Ordinal);
        var rig = new IvrRig(flow, new DistributorSpy(agentsServing: 1), new CallbackDialerSpy(), new ScriptedHandler("identify-caller", _ => HandlerResult.Found()));

        await rig.ArriveAsync();

        Assert.That(rig.LastPlayed, Is.EqualTo("sound:queue-hold sound:complaint-intro"));
    }

    [Test]
    public async Task CallerWhoCannotBeCalledBack_HearsOnlyTheMessageOption()
    {
        var rig = Rig(new DistributorSpy(agentsServing: 1), new CallbackDialerSpy(canCallBack: false));

        await rig.ArriveAsync();

        Assert.That(rig.LastPlayed, Is.EqualTo("sound:queue-hold sound:queue-voicemail-option"));
    }

    [Test]
    public async Task DialerAsked_WithTheQueueRequestAndTheCustomersName()
    {
        var callbacks = new CallbackDialerSpy();
        var rig = Rig(new DistributorSpy(agentsServing: 1), callbacks);

        await rig.ArriveAsync();

        Assert.Multiple(() =>
        {
            Assert.That(callbacks.Request?.CallerNumber, Is.EqualTo("+15550111234"));
            Assert.That(callbacks.Request?.Queue, Is.EqualTo("support"));
            Assert.That(callbacks.CustomerName, Is.EqualTo("Lionel Brekke"));
        });
    }

    [Test]
    public async Task PressTwo_HandsThePlaceToTheDialerAndConfirms()
    {
        var distributor = new DistributorSpy(agentsServing: 1);
        var rig = Rig(distributor, new CallbackDialerSpy());
        await rig.ArriveAsync();

        await rig.PressAsync("2");

        Assert.Multiple(() =>
        {
            Assert.That(distributor.Told, Is.EqualTo(new[] { "enqueue support", "callback" }));
            Assert.That(distributor.Dialer, Is.Not.Null);
            Assert.That(rig.Line.Actions, Does.Contain("leave bridges"));
            Assert.That(rig.LastPlayed, Is.EqualTo("sound:callback-confirmed"));
            Assert.That(rig.Line.HungUp, Is.False, "not before the caller heard it");
        });
    }

    [Test]
    public async Task PressTwo_ConfirmationHeard_HangsUpRecordedAsCallbackRequested()
    {
        var distributor = new DistributorSpy(agentsServing: 1);
        var rig = Rig(distributor, new CallbackDialerSpy());
        await rig.ArriveAsync();
        await rig.PressAsync("2");

        await rig.FinishPromptAsync();
        await rig.Send(new CallEnded(CallEndReason.WeHungUp));

        Assert.Multiple(() =>
        {
            Assert.That(rig.Line.HungUp, Is.True);
            Assert.That(rig.Journal.Last.Outcome, Is.EqualTo(CallOutcome.CallbackRequested));
            Assert.That(distributor.Told, Has.None.StartsWith("left"), "the place is kept, not left");
        });
    }

    [Test]
    public async Task PressTwo_TheCallEnds_TheDialerIsToldTheLineIsFree()
    {
        var distributor = new DistributorSpy(agentsServing: 1);
        var rig = Rig(distributor, new CallbackDialerSpy());
        await rig.ArriveAsync();
        await rig.PressAsync("2");
        var dialer = (WaitingCaller)distributor.Dialer!;
        var toldBeforeTheEnd = dialer.HasNews;

        await rig.Send(new CallEnded(CallEndReason.CallerHungUp));
        var told = await dialer.NextAsync<string>();

        Assert.Multiple(() =>
        {
            Assert.That(toldBeforeTheEnd, Is.False, "not while the caller is still on the line");
            Assert.That(told, Is.EqualTo(WaitingCaller.HungUp));
        });
    }

    [Test]
    public async Task PressTwoWhileTheAgentRings_CancelsTheLeg()
    {
        var distributor = new DistributorSpy(agentsServing: 1);
        var rig = Rig(distributor, new CallbackDialerSpy());
        await rig.ArriveAsync();
        await rig.Send(new QueueOffered(Offer1001));

        await rig.PressAsync("2");

        Assert.Multiple(() =>
        {
            Assert.That(rig.Line.AgentsCancelled, Has.Count.EqualTo(1));
            Assert.That(distributor.Told[^1], Is.EqualTo("callback"));
        });
    }

    [Test]
    public async Task PressTwo_CallerCannotBeCalledBack_KeepsWaiting()
    {
        var distributor = new DistributorSpy(agentsServing: 1);
        var rig = Rig(distributor, new CallbackDialerSpy(canCallBack: false));
        await rig.ArriveAsync();

        await rig.PressAsync("2");

        Assert.Multiple(() =>
        {
            Assert.That(distributor.Told, Is.EqualTo(new[] { "enqueue support" }));
            Assert.That(rig.Node, Is.EqualTo("agent"));
        });
    }

    [Test]
    public async Task OverflowToCallback_TellsTheCallerAndHandsThePlaceToTheDialer()
    {
        var distributor = new DistributorSpy(agentsServing: 1);
        var rig = Rig(distributor, new CallbackDialerSpy());
        await rig.ArriveAsync();

        await rig.Send(new QueueOverflowed(new OverflowTarget(OverflowAction.Callback)));

        Assert.Multiple(() =>
        {
            Assert.That(distributor.Told[^1], Is.EqualTo("callback"));
            Assert.That(rig.LastPlayed, Is.EqualTo("sound:callback-confirmed"));
        });
    }

    [Test]
    public async Task OverflowToCallback_CallerCannotBeCalledBack_LeavesAsOverflowedForVoicemail()
    {
        var distributor = new DistributorSpy(agentsServing: 1);
        var rig = Rig(distributor, new CallbackDialerSpy(canCallBack: false));
        await rig.ArriveAsync();

        await rig.Send(new QueueOverflowed(new OverflowTarget(OverflowAction.Callback)));

        Assert.Multiple(() =>
        {
            Assert.That(distributor.Told[^1], Is.EqualTo("left: Overflowed"));
            Assert.That(rig.Node, Is.EqualTo("message"));
        });
    }

    private static IvrRig Rig(DistributorSpy distributor, CallbackDialerSpy callbacks) =>
        new(QueueFlow.Yaml, distributor, callbacks, new ScriptedHandler("identify-caller", _ => HandlerResult.Found(new Dictionary<string, string>
        {
            [CallVariables.CustomerId] = "42",
            [CallVariables.CustomerName] = "Lionel Brekke",
            [CallVariables.Tier] = "Vip",
        })));
}
