using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Agents;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Core.Tests.Acd.Agents;

/// <summary>AnsweredToday counts since midnight where the call center is (UTC+8 here), not UTC.</summary>
public sealed class AgentMachineAnsweredTodayTests
{
    [Test]
    public void AnsweredToday_CountsEveryAnsweredCall()
    {
        var (agent, _) = LoggedIn(AgentClock.Start);

        Answer(agent, "call-1");
        Answer(agent, "call-2");

        Assert.That(agent.AnsweredToday, Is.EqualTo(2));
    }

    [Test]
    public void AnsweredToday_DoesNotCountMissedOffers()
    {
        var (agent, _) = LoggedIn(AgentClock.Start);
        agent.Reserve("call-1", "sales");

        agent.OfferMissed("call-1", "busy");

        Assert.That(agent.AnsweredToday, Is.Zero);
    }

    [Test]
    public void AnsweredToday_AfterLocalMidnight_StartsAgainAtZero()
    {
        var (agent, time) = LoggedIn(new DateTimeOffset(2026, 11, 23, 15, 50, 0, TimeSpan.Zero));
        Answer(agent, "call-1");

        time.Advance(TimeSpan.FromMinutes(10));

        Assert.That(agent.AnsweredToday, Is.Zero);
    }

    [Test]
    public void AnsweredToday_AcrossUtcMidnight_KeepsCountingTheLocalDay()
    {
        var (agent, time) = LoggedIn(new DateTimeOffset(2026, 11, 23, 23, 50, 0, TimeSpan.Zero));
        Answer(agent, "call-1");

        time.Advance(TimeSpan.FromMinutes(20));
        Answer(agent, "call-2");

        Assert.That(agent.AnsweredToday, Is.EqualTo(2));
    }

    [Test]
    public void AnsweredToday_OnANewDay_CountsThatDaysCallsOnly()
    {
        var (agent, time) = LoggedIn(new DateTimeOffset(2026, 11, 23, 15, 50, 0, TimeSpan.Zero));
        Answer(agent, "call-1");
        Answer(agent, "call-2");

        time.Advance(TimeSpan.FromMinutes(20));
        Answer(agent, "call-3");

        Assert.That(agent.AnsweredToday, Is.EqualTo(1));
    }

    private static (AgentMachine Agent, FakeTimeProvider Time) LoggedIn(DateTimeOffset start)
    {
        var time = AgentClock.NewTime(start);
        var agent = new AgentMachine(new AgentDefinition { Extension = "1001", Name = "Mei" }, 2, time, AgentClock.Zone);
        agent.LogIn();
        return (agent, time);
    }

    private static void Answer(AgentMachine agent, string callId)
    {
        agent.Reserve(callId, "sales");
        agent.OfferAnswered(callId);
        agent.CallEnded(callId, TimeSpan.Zero);
    }
}
