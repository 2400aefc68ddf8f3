using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Agents;
using CallCenter.Core.Agents;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Core.Tests.Acd.Agents;

public sealed class AgentMachineMissedOfferTests
{
    private FakeTimeProvider time = null!;
    private int calls;

    [SetUp]
    public void SetUp()
    {
        time = AgentClock.NewTime();
        calls = 0;
    }

    [Test]
    public void OfferMissed_AsManyTimesInARowAsTheLimit_PausesForMissedCalls()
    {
        var agent = LoggedIn(autoPauseAfter: 3);
        Miss(agent);
        Miss(agent);

        var result = Miss(agent);

        Assert.That(
            (agent.State, agent.PauseReason, result.Change?.Reason),
            Is.EqualTo((AgentState.Paused, AgentMachine.MissedCalls, AgentMachine.MissedCalls)));
    }

    [Test]
    public void OfferMissed_OneShortOfTheLimit_LeavesTheAgentAvailable()
    {
        var agent = LoggedIn(autoPauseAfter: 3);
        Miss(agent);

        Miss(agent);

        Assert.That(agent.State, Is.EqualTo(AgentState.Available));
    }

    [Test]
    public void OfferMissed_WhenTheLimitIsZero_NeverPauses()
    {
        var agent = LoggedIn(autoPauseAfter: 0);

        for (var i = 0; i < 10; i++)
        {
            Miss(agent);
        }

        Assert.That(agent.State, Is.EqualTo(AgentState.Available));
    }

    [Test]
    public void OfferAnswered_ResetsTheMissesCounted()
    {
        var agent = LoggedIn(autoPauseAfter: 2);
        Miss(agent);
        Answer(agent);
        agent.CallEnded(agent.CurrentCallId!, TimeSpan.Zero);

        Miss(agent);

        Assert.That((agent.State, agent.ConsecutiveMissedOffers), Is.EqualTo((AgentState.Available, 1)));
    }

    [Test]
    public void OfferWithdrawn_NeitherCountsNorResetsTheMisses()
    {
        var agent = LoggedIn(autoPauseAfter: 2);
        Miss(agent);
        var callId = NextCall();
        agent.Reserve(callId, "sales");
        agent.OfferWithdrawn(callId);

        Miss(agent);

        Assert.That(agent.State, Is.EqualTo(AgentState.Paused));
    }

    [Test]
    public void MakeAvailable_AfterTheAutoPause_StartsCountingAgain()
    {
        var agent = LoggedIn(autoPauseAfter: 2);
        Miss(agent);
        Miss(agent);

        agent.MakeAvailable();
        Miss(agent);

        Assert.That((agent.State, agent.ConsecutiveMissedOffers), Is.EqualTo((AgentState.Available, 1)));
    }

    [Test]
    public void MakeAvailable_FromAnotherPause_ResetsTheMisses()
    {
        var agent = LoggedIn(autoPauseAfter: 2);
        Miss(agent);
        agent.Pause("break");

        agent.MakeAvailable();

        Assert.That(agent.ConsecutiveMissedOffers, Is.Zero);
    }

    [Test]
    public void LogIn_AfterALogout_StartsWithNoMisses()
    {
        var agent = LoggedIn(autoPauseAfter: 2);
        Miss(agent);
        agent.LogOut();

        agent.LogIn();

        Assert.That(agent.ConsecutiveMissedOffers, Is.Zero);
    }

    [Test]
    public void AutoPauseAfterMissedOffers_LoweredBelowTheMissesCounted_PausesAtTheNextMiss()
    {
        var agent = LoggedIn(autoPauseAfter: 5);
        Miss(agent);
        Miss(agent);

        agent.AutoPauseAfterMissedOffers = 2;
        Miss(agent);

        Assert.That(agent.PauseReason, Is.EqualTo(AgentMachine.MissedCalls));
    }

    private AgentMachine LoggedIn(int autoPauseAfter)
    {
        var agent = new AgentMachine(new AgentDefinition { Extension = "1001", Name = "Mei" }, autoPauseAfter, time, AgentClock.Zone);
        agent.LogIn();
        return agent;
    }

    private string NextCall() => $"call-{++calls}";

    private AgentChangeResult Miss(AgentMachine agent)
    {
        var callId = NextCall();
        Assert.That(agent.Reserve(callId, "sales").IsRefused, Is.False, "the agent is free to be offered a call");
        time.Advance(TimeSpan.FromSeconds(15));
        return agent.OfferMissed(callId, "no answer");
    }

    private void Answer(AgentMachine agent)
    {
        var callId = NextCall();
        agent.Reserve(callId, "sales");
        agent.OfferAnswered(callId);
    }
}
