using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Agents;
using CallCenter.Core.Agents;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Core.Tests.Acd.Agents;

/// <summary>A logout or pause asked for during a call is done when the call's wrap-up ends.</summary>
public sealed class AgentMachineAfterCallTests
{
    private static readonly TimeSpan WrapUp = TimeSpan.FromSeconds(30);

    private FakeTimeProvider time = null!;
    private AgentMachine agent = null!;

    [SetUp]
    public void SetUp()
    {
        time = AgentClock.NewTime();
        agent = new AgentMachine(new AgentDefinition { Extension = "1001", Name = "Mei" }, 2, time, AgentClock.Zone);
        agent.LogIn();
        agent.Reserve("call-1", "sales");
        agent.OfferAnswered("call-1");
    }

    [Test]
    public void LogOut_OnACall_IsAcceptedForLaterAndKeepsTheCall()
    {
        var result = agent.LogOut();

        Assert.That(
            (result.IsRefused, result.Later, agent.State, agent.StateAfterWrapUp),
            Is.EqualTo((false, "1001 will be logged out when call call-1 and its wrap-up end", AgentState.OnCall, (AgentState?)AgentState.LoggedOut)));
    }

    [Test]
    public void LogOut_OnACall_StillLetsTheAgentWrapUp()
    {
        agent.LogOut();

        agent.CallEnded("call-1", WrapUp);

        Assert.That(agent.State, Is.EqualTo(AgentState.WrapUp));
    }

    [Test]
    public void LogOut_OnACall_LogsOutWhenTheWrapUpTimeIsOver()
    {
        agent.LogOut();
        agent.CallEnded("call-1", WrapUp);
        time.Advance(WrapUp);

        var result = agent.ExpireWrapUp();

        Assert.That((result.Change?.To, agent.State), Is.EqualTo(((AgentState?)AgentState.LoggedOut, AgentState.LoggedOut)));
    }

    [Test]
    public void LogOut_OnACall_LogsOutWhenTheAgentEndsTheWrapUp()
    {
        agent.LogOut();
        agent.CallEnded("call-1", WrapUp);

        agent.EndWrapUp();

        Assert.That(agent.State, Is.EqualTo(AgentState.LoggedOut));
    }

    [Test]
    public void LogOut_OnACallWithNoWrapUp_LogsOutWhenTheCallEnds()
    {
        agent.LogOut("removed from the configuration");

        var result = agent.CallEnded("call-1", TimeSpan.Zero);

        Assert.That(
            (result.Change?.From, result.Change?.To, result.Change?.Reason),
            Is.EqualTo(((AgentState?)AgentState.OnCall, (AgentState?)AgentState.LoggedOut, "removed from the configuration")));
    }

    [Test]
    public void Pause_OnACall_PausesWhenTheWrapUpEnds()
    {
        agent.Pause("lunch");
        agent.CallEnded("call-1", WrapUp);
        time.Advance(WrapUp);

        agent.ExpireWrapUp();

        Assert.That((agent.State, agent.PauseReason), Is.EqualTo((AgentState.Paused, "lunch")));
    }

    [Test]
    public void LogOut_AfterAPauseWasAskedFor_IsWhatHappens()
    {
        agent.Pause("lunch");
        agent.LogOut();
        agent.CallEnded("call-1", TimeSpan.Zero);

        Assert.That(agent.State, Is.EqualTo(AgentState.LoggedOut));
    }

    [Test]
    public void MakeAvailable_OnACallAfterAskingToLogOut_CancelsTheLogout()
    {
        agent.LogOut();

        var result = agent.MakeAvailable();
        agent.CallEnded("call-1", TimeSpan.Zero);

        Assert.That((result.Later, agent.State), Is.EqualTo(("1001 stays logged in after call call-1 instead of logging out", AgentState.Available)));
    }

    [Test]
    public void MakeAvailable_DuringWrapUpAfterAskingToLogOut_MakesTheAgentAvailable()
    {
        agent.LogOut();
        agent.CallEnded("call-1", WrapUp);

        agent.MakeAvailable();

        Assert.That((agent.State, agent.StateAfterWrapUp), Is.EqualTo((AgentState.Available, (AgentState?)null)));
    }

    [Test]
    public void LogOut_DuringWrapUp_LogsOutAtOnce()
    {
        agent.CallEnded("call-1", WrapUp);

        agent.LogOut();

        Assert.That((agent.State, agent.CurrentCallId), Is.EqualTo((AgentState.LoggedOut, (string?)null)));
    }
}
