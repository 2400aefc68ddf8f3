using CallCenter.Core.Acd.Callbacks;
using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Calls;
using CallCenter.Core.Customers;
using CallCenter.Core.Records;
using CallCenter.Core.Tests.Ivr.Runtime;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Core.Tests.Acd.Callbacks;

/// <summary>The call placed to a customer who asked to be called back: greeting, agent, connect, and every way it ends.</summary>
public sealed class CallbackCallTests
{
    private static readonly QueueRequest Request = new("call-1", "support", "+15550111234", 42, CustomerTier.Vip, "zh", null, []);
    private static readonly AgentOffer Offer1001 = new("1001", "Olivia Chen", TimeSpan.FromSeconds(15));

    private ScriptedLine line = null!;
    private DistributorSpy distributor = null!;
    private RecordingJournal journal = null!;
    private CallbackCall call = null!;

    [SetUp]
    public async Task SetUp()
    {
        line = new ScriptedLine();
        distributor = new DistributorSpy(agentsServing: 1);
        journal = new RecordingJournal();
        await journal.RecordAsync(new CallRecord { CallId = "call-1", CallerNumber = "+15550111234", Queue = "support", Offers = 1, Outcome = CallOutcome.CallbackRequested }, CancellationToken.None);
        var context = new CallbackContext(Request, "Lionel Brekke", Offer1001, "hotline-moh", distributor, journal, new FakeTimeProvider(), NullLogger.Instance);
        call = new CallbackCall(context, line);
        await Send(new CallArrived(new CallerInfo("call-1-callback1", "+15550111234", "", "", [], "zh", DateTimeOffset.UnixEpoch)));
    }

    [Test]
    public async Task CustomerAnswers_HearsTheGreetingInTheirLanguageWhileTheReservedAgentRings()
    {
        await Send(new CalleeAnswered());

        Assert.Multiple(() =>
        {
            Assert.That(line.Played.Single().Media, Is.EqualTo(new[] { "sound:callback-greeting" }));
            Assert.That(line.Played.Single().Language, Is.EqualTo("zh"));
            Assert.That(line.AgentsRung.Single().Request, Is.EqualTo(new AgentLegRequest("PJSIP/1001", "+15550111234", "Lionel Brekke", TimeSpan.FromSeconds(15))));
            Assert.That(journal.Last.Offers, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task AgentAnswers_StopsTheGreetingConnectsAndRecordsTheOriginalCallAsAnswered()
    {
        await Send(new CalleeAnswered());

        await Send(new AgentAnswered(line.AgentsRung.Single().LegId));

        Assert.Multiple(() =>
        {
            Assert.That(line.Stopped, Is.EqualTo(new[] { line.Played.Single().Id }));
            Assert.That(line.AgentsConnected, Is.EqualTo(new[] { line.AgentsRung.Single().LegId }));
            Assert.That(distributor.Told, Is.EqualTo(new[] { "answered" }));
            Assert.That(journal.Last.CallId, Is.EqualTo("call-1"));
            Assert.That(journal.Last.AgentExtension, Is.EqualTo("1001"));
            Assert.That(journal.Last.Outcome, Is.EqualTo(CallOutcome.Answered));
        });
    }

    [Test]
    public async Task AgentAnswers_KeepsWhatTheOriginalCallWroteMeanwhile()
    {
        await Send(new CalleeAnswered());
        var ended = DateTimeOffset.UnixEpoch.AddMinutes(5);
        await journal.RecordAsync(journal.Last with { EndedAt = ended }, CancellationToken.None);

        await Send(new AgentAnswered(line.AgentsRung.Single().LegId));

        Assert.That((journal.Last.EndedAt, journal.Last.Outcome), Is.EqualTo((ended, CallOutcome.Answered)));
    }

    [Test]
    public async Task CustomerDoesNotAnswer_TheCallbackFailed()
    {
        await Send(new CallEnded(CallEndReason.CallerHungUp, "19 User alerting, no answer"));

        Assert.Multiple(() =>
        {
            Assert.That(distributor.Told, Is.EqualTo(new[] { "callback failed: 19 User alerting, no answer" }));
            Assert.That(line.AgentsRung, Is.Empty);
            Assert.That(call.IsFinished, Is.True);
        });
    }

    [Test]
    public async Task AgentBusy_TheCustomerHoldsAndTheNextOfferRingsThatAgent()
    {
        await Send(new CalleeAnswered());
        await Send(new AgentLegFailed(line.AgentsRung.Single().LegId, AgentLegFailure.Busy));

        await Send(new QueueOffered(new AgentOffer("1002", "Marcus Reed", TimeSpan.FromSeconds(15))));

        Assert.Multiple(() =>
        {
            Assert.That(distributor.Told, Is.EqualTo(new[] { "missed: busy" }));
            Assert.That(line.HeldWith, Is.EqualTo("hotline-moh"));
            Assert.That(line.AgentsRung[^1].Request.Endpoint, Is.EqualTo("PJSIP/1002"));
        });
    }

    [Test]
    public async Task AgentHangsUp_TheTalkEndsAndTheCustomerIsHungUp()
    {
        await Send(new CalleeAnswered());
        var leg = line.AgentsRung.Single().LegId;
        await Send(new AgentAnswered(leg));

        await Send(new AgentHungUp(leg));

        Assert.Multiple(() =>
        {
            Assert.That(distributor.Told[^1], Is.EqualTo("talk ended"));
            Assert.That(line.HungUp, Is.True);
        });
    }

    [Test]
    public async Task CustomerHangsUpWhileTheAgentRings_LeavesTheQueueAsAbandoned()
    {
        await Send(new CalleeAnswered());

        await Send(new CallEnded(CallEndReason.CallerHungUp));

        Assert.Multiple(() =>
        {
            Assert.That(distributor.Told, Is.EqualTo(new[] { "left: Abandoned" }));
            Assert.That(journal.Last.Outcome, Is.EqualTo(CallOutcome.Abandoned));
        });
    }

    private Task Send(CallInput input) => call.HandleAsync(input, CancellationToken.None);
}
