using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Acd.Waiting;
using CallCenter.Core.Calls;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Records;

namespace CallCenter.Core.Tests.Ivr.Runtime;

/// <summary>The queue node on the caller's side: holding, ringing the agent the distributor names, connecting, and every way out.</summary>
public sealed class QueueTests
{
    private static readonly AgentOffer Offer1001 = new("1001", "Olivia Chen", TimeSpan.FromSeconds(15));

    [Test]
    public async Task NoAgentServing_TellsTheCallerAndTakesTheFallback()
    {
        var distributor = new DistributorSpy(agentsServing: 0);
        var rig = Rig(distributor);
        await rig.ArriveAsync();

        await rig.FinishPromptAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Line.Played.Select(p => p.Media[0]), Does.Contain("sound:agent-unavailable"));
            Assert.That(distributor.Told, Is.Empty);
            Assert.That(rig.Node, Is.EqualTo("bye"));
        });
    }

    [Test]
    public async Task AgentsServing_HoldsWithTheQueuesMusicAndJoinsWithWhatTheAgentWillSee()
    {
        var distributor = new DistributorSpy(agentsServing: 3);
        var rig = Rig(distributor);

        await rig.ArriveAsync();

        Assert.Multiple(() =>
        {
            Assert.That(rig.Line.HeldWith, Is.EqualTo("hotline-moh"));
            Assert.That(rig.LastPlayed, Is.EqualTo("sound:queue-hold sound:queue-voicemail-option"));
            Assert.That(distributor.Request?.Tier, Is.EqualTo(Core.Customers.CustomerTier.Vip));
            Assert.That(distributor.Request?.CustomerId, Is.EqualTo(42));
            Assert.That(distributor.Request?.IvrPath.Select(s => $"{s.Node}: {s.Outcome}"), Is.EqualTo(new[] { "identify: found" }));
        });
    }

    [Test]
    public async Task Offer_RingsThatAgentShowingTheCallersNumberAndName()
    {
        var distributor = new DistributorSpy(agentsServing: 1);
        var rig = Rig(distributor);
        await rig.ArriveAsync();

        await rig.Send(new QueueOffered(Offer1001));

        Assert.That(rig.Line.AgentsRung.Single().Request, Is.EqualTo(new AgentLegRequest("PJSIP/1001", "+15550111234", "Lionel Brekke", TimeSpan.FromSeconds(15))));
    }

    [Test]
    public async Task AgentAnswers_StopsThePromptsConnectsAndRecordsTheAgent()
    {
        var (rig, distributor) = await RingingAsync();
        var leg = rig.Line.AgentsRung.Single().LegId;

        await rig.Send(new AgentAnswered(leg));

        Assert.Multiple(() =>
        {
            Assert.That(rig.Line.Stopped, Is.Not.Empty, "the hold prompt stops");
            Assert.That(rig.Line.AgentsConnected, Is.EqualTo(new[] { leg }));
            Assert.That(distributor.Told, Does.Contain("answered"));
            Assert.That(rig.Journal.Records[^1].AgentExtension, Is.EqualTo("1001"));
            Assert.That(rig.Journal.Records[^1].Outcome, Is.EqualTo(CallOutcome.Answered));
        });
    }

    [Test]
    public async Task AgentBusy_TellsTheDistributorAndKeepsWaiting()
    {
        var (rig, distributor) = await RingingAsync();

        await rig.Send(new AgentLegFailed(rig.Line.AgentsRung.Single().LegId, AgentLegFailure.Busy));
        await rig.Send(new QueueOffered(Offer1001 with { AgentExtension = "1002" }));

        Assert.Multiple(() =>
        {
            Assert.That(distributor.Told, Does.Contain("missed: busy"));
            Assert.That(rig.Line.AgentsRung.Select(r => r.Request.Endpoint), Is.EqualTo(new[] { "PJSIP/1001", "PJSIP/1002" }));
            Assert.That(rig.Node, Is.EqualTo("agent"));
        });
    }

    [Test]
    public async Task CallerHangsUpWhileTheAgentRings_IsAnAbandon()
    {
        var (rig, distributor) = await RingingAsync();

        await rig.HangUpAsync();

        Assert.Multiple(() =>
        {
            Assert.That(distributor.Told[^1], Is.EqualTo("left: Abandoned"));
            Assert.That(rig.Journal.Records[^1].Outcome, Is.EqualTo(CallOutcome.Abandoned));
        });
    }

    [Test]
    public async Task CallerHangsUpWhileTalking_EndsTheTalkAndTheCallIsAnswered()
    {
        var (rig, distributor, leg) = await TalkingAsync();
        await rig.Send(new AgentConnected(leg));

        await rig.HangUpAsync();

        Assert.Multiple(() =>
        {
            Assert.That(distributor.Told[^1], Is.EqualTo("talk ended"));
            Assert.That(rig.Journal.Records[^1].Outcome, Is.EqualTo(CallOutcome.Answered));
        });
    }

    [Test]
    public async Task AgentHangsUp_TheTalkEndsAndTheCallerIsHungUp()
    {
        var (rig, distributor, leg) = await TalkingAsync();

        await rig.Send(new AgentHungUp(leg));

        Assert.Multiple(() =>
        {
            Assert.That(distributor.Told[^1], Is.EqualTo("talk ended"));
            Assert.That(rig.Line.HungUp, Is.True);
        });
    }

    [Test]
    public async Task PressOneWhileTheAgentRings_CancelsTheLegLeavesTheBridgeAndGoesToVoicemail()
    {
        var (rig, distributor) = await RingingAsync();

        await rig.PressAsync("1");

        Assert.Multiple(() =>
        {
            Assert.That(rig.Line.AgentsCancelled, Has.Count.EqualTo(1));
            Assert.That(rig.Line.Actions, Does.Contain("leave bridges"));
            Assert.That(distributor.Told[^1], Is.EqualTo("left: Voicemail"));
            Assert.That(rig.Node, Is.EqualTo("message"));
        });
    }

    [Test]
    public async Task Overflow_GoesToVoicemailCountedAsOverflowed()
    {
        var distributor = new DistributorSpy(agentsServing: 1);
        var rig = Rig(distributor);
        await rig.ArriveAsync();

        await rig.Send(new QueueOverflowed(new OverflowTarget(OverflowAction.Voicemail)));

        Assert.Multiple(() =>
        {
            Assert.That(rig.Node, Is.EqualTo("message"));
            Assert.That(distributor.Told, Is.EqualTo(new[] { "enqueue support" }), "the distributor let go itself");
        });
    }

    [Test]
    public async Task Announcement_SaysThePlaceAndWait()
    {
        var distributor = new DistributorSpy(agentsServing: 1);
        var rig = Rig(distributor);
        await rig.ArriveAsync();

        await rig.Send(new QueueAnnounced(new WaitAnnouncement(3, 5, false)));

        Assert.That(rig.LastPlayed, Does.StartWith("sound:queue-position-is").And.EndWith("sound:queue-wait-minutes"));
    }

    [Test]
    public async Task TheDistributorsMessages_ReachTheCallThroughItsOwnMailbox()
    {
        var distributor = new DistributorSpy(agentsServing: 1);
        var rig = Rig(distributor);
        await rig.ArriveAsync();

        distributor.Caller!.Offer(Offer1001);

        Assert.That(rig.Line.Posted, Is.EqualTo(new CallInput[] { new QueueOffered(Offer1001) }));
    }

    /// <summary>A caller in the queue whose agent 1001 is ringing.</summary>
    private static async Task<(IvrRig Rig, DistributorSpy Distributor)> RingingAsync()
    {
        var distributor = new DistributorSpy(agentsServing: 1);
        var rig = Rig(distributor);
        await rig.ArriveAsync();
        await rig.Send(new QueueOffered(Offer1001));
        return (rig, distributor);
    }

    /// <summary>A caller whose agent 1001 answered; the leg is the agent's.</summary>
    private static async Task<(IvrRig Rig, DistributorSpy Distributor, string Leg)> TalkingAsync()
    {
        var (rig, distributor) = await RingingAsync();
        var leg = rig.Line.AgentsRung.Single().LegId;
        await rig.Send(new AgentAnswered(leg));
        return (rig, distributor, leg);
    }

    private static IvrRig Rig(DistributorSpy distributor) =>
        new(QueueFlow.Yaml, distributor, new ScriptedHandler("identify-caller", _ => HandlerResult.Found(new Dictionary<string, string>
        {
            [CallVariables.CustomerId] = "42",
            [CallVariables.CustomerName] = "Lionel Brekke",
            [CallVariables.Tier] = "Vip",
        })));
}
