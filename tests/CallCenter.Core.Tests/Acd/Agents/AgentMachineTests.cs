using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Agents;
using CallCenter.Core.Agents;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Core.Tests.Acd.Agents;

public sealed class AgentMachineTests
{
    private static readonly TimeSpan WrapUp = TimeSpan.FromSeconds(30);

    private FakeTimeProvider time = null!;
    private AgentMachine agent = null!;

    [SetUp]
    public void SetUp()
    {
        time = AgentClock.NewTime();
        agent = new AgentMachine(new AgentDefinition { Extension = "1001", Name = "Mei" }, autoPauseAfterMissedOffers: 2, time, AgentClock.Zone);
    }

    [Test]
    public void NewAgent_IsLoggedOut()
    {
        Assert.That(agent.View().LoggedIn, Is.False);
    }

    [Test]
    public void LogIn_WhenLoggedOut_MakesAvailableAndSaysWhenAndWhy()
    {
        time.Advance(TimeSpan.FromMinutes(1));

        var result = agent.LogIn();

        Assert.That(result.Change, Is.Not.Null);
        Assert.That(
            (result.Change!.AgentExtension, result.Change.From, result.Change.To, result.Change.Reason, result.Change.At),
            Is.EqualTo(("1001", AgentState.LoggedOut, AgentState.Available, "logged in", AgentClock.Start.AddMinutes(1))));
    }

    [Test]
    public void LogIn_WithAPauseReason_PausesForThatReason()
    {
        agent.LogIn("training");

        Assert.That((agent.State, agent.PauseReason), Is.EqualTo((AgentState.Paused, "training")));
    }

    [Test]
    public void Pause_WhenAvailable_PausesForTheReasonGiven()
    {
        agent.LogIn();

        var result = agent.Pause("lunch");

        Assert.That((agent.State, agent.PauseReason, result.Change?.Reason), Is.EqualTo((AgentState.Paused, "lunch", "lunch")));
    }

    [Test]
    public void Pause_WhenPausedForAnotherReason_RecordsTheNewReason()
    {
        agent.LogIn("lunch");

        var result = agent.Pause("training");

        Assert.That(
            (result.Change?.From, result.Change?.To, agent.PauseReason),
            Is.EqualTo(((AgentState?)AgentState.Paused, (AgentState?)AgentState.Paused, "training")));
    }

    [Test]
    public void MakeAvailable_WhenPaused_MakesAvailableFromNow()
    {
        agent.LogIn("lunch");
        time.Advance(TimeSpan.FromMinutes(30));

        agent.MakeAvailable();

        Assert.That((agent.State, agent.PauseReason, agent.IdleSince), Is.EqualTo((AgentState.Available, (string?)null, (DateTimeOffset?)time.GetUtcNow())));
    }

    [Test]
    public void Reserve_WhenAvailable_RingsForThatCall()
    {
        agent.LogIn();
        time.Advance(TimeSpan.FromSeconds(5));

        var result = agent.Reserve("call-1", "sales");

        Assert.That(
            (result.Change?.To, agent.CurrentCallId, agent.LastOfferedAt, agent.IdleSince),
            Is.EqualTo(((AgentState?)AgentState.Ringing, "call-1", (DateTimeOffset?)time.GetUtcNow(), (DateTimeOffset?)null)));
    }

    [Test]
    public void Reserve_RemembersWhenTheAgentWasLastOfferedACallOfEachQueue()
    {
        agent.LogIn();
        agent.Reserve("call-1", "sales");
        agent.OfferWithdrawn("call-1");
        time.Advance(TimeSpan.FromSeconds(20));
        agent.Reserve("call-2", "vip");
        agent.OfferWithdrawn("call-2");
        time.Advance(TimeSpan.FromSeconds(20));

        agent.Reserve("call-3", "sales");

        Assert.That(agent.LastOfferedByQueue, Is.EquivalentTo(new Dictionary<string, DateTimeOffset>
        {
            ["sales"] = AgentClock.Start.AddSeconds(40),
            ["vip"] = AgentClock.Start.AddSeconds(20),
        }));
    }

    [Test]
    public void View_KeepsTheLastOffersAsTheyWereWhenItWasTaken()
    {
        agent.LogIn();
        agent.Reserve("call-1", "sales");
        agent.OfferWithdrawn("call-1");
        var view = agent.View();
        time.Advance(TimeSpan.FromSeconds(20));

        agent.Reserve("call-2", "sales");

        Assert.That(view.LastOfferedByQueue["sales"], Is.EqualTo(AgentClock.Start));
    }

    [Test]
    public void Reserve_WithoutAQueue_IsRefused()
    {
        agent.LogIn();

        var result = agent.Reserve("call-1", "");

        Assert.That((result.IsRefused, agent.State), Is.EqualTo((true, AgentState.Available)));
    }

    [Test]
    public void Reserve_WhenAlreadyRinging_IsRefusedAndTheFirstOfferStands()
    {
        agent.LogIn();
        agent.Reserve("call-1", "sales");

        var second = agent.Reserve("call-2", "sales");

        Assert.That(second.Refusal, Does.Contain("already offered call call-1"));
        Assert.That((agent.State, agent.CurrentCallId), Is.EqualTo((AgentState.Ringing, "call-1")));
    }

    [Test]
    public void OfferAnswered_WhenRinging_PutsTheAgentOnTheCall()
    {
        agent.LogIn();
        agent.Reserve("call-1", "sales");

        agent.OfferAnswered("call-1");

        Assert.That((agent.State, agent.CurrentCallId), Is.EqualTo((AgentState.OnCall, "call-1")));
    }

    [Test]
    public void OfferAnswered_ForACallNotOfferedToTheAgent_IsRefused()
    {
        agent.LogIn();
        agent.Reserve("call-1", "sales");

        var result = agent.OfferAnswered("call-9");

        Assert.That((result.Refusal, agent.State), Is.EqualTo(("Agent 1001 was offered call call-1, not call-9.", AgentState.Ringing)));
    }

    [Test]
    public void OfferMissed_BelowTheLimit_MakesTheAgentAvailableAtTheBackOfTheIdleLine()
    {
        agent.LogIn();
        time.Advance(TimeSpan.FromMinutes(5));
        agent.Reserve("call-1", "sales");
        time.Advance(TimeSpan.FromSeconds(15));

        var result = agent.OfferMissed("call-1", "no answer");

        Assert.That(
            (agent.State, agent.IdleSince, agent.ConsecutiveMissedOffers, result.Change?.Reason),
            Is.EqualTo((AgentState.Available, (DateTimeOffset?)time.GetUtcNow(), 1, "missed call call-1: no answer")));
    }

    [Test]
    public void OfferWithdrawn_MakesTheAgentAvailableKeepingTheirPlaceInTheIdleLine()
    {
        agent.LogIn();
        var idleSince = agent.IdleSince;
        time.Advance(TimeSpan.FromMinutes(5));
        agent.Reserve("call-1", "sales");
        time.Advance(TimeSpan.FromSeconds(4));

        agent.OfferWithdrawn("call-1");

        Assert.That((agent.State, agent.IdleSince, agent.CurrentCallId), Is.EqualTo((AgentState.Available, idleSince, (string?)null)));
    }

    [Test]
    public void OfferWithdrawn_IsNotCountedAsAMiss()
    {
        agent.LogIn();
        agent.Reserve("call-1", "sales");

        agent.OfferWithdrawn("call-1");

        Assert.That(agent.ConsecutiveMissedOffers, Is.Zero);
    }

    [Test]
    public void CallEnded_WithAWrapUpTime_WrapsUpUntilItIsOver()
    {
        OnCall("call-1");
        time.Advance(TimeSpan.FromMinutes(3));

        agent.CallEnded("call-1", WrapUp);

        Assert.That(
            (agent.State, agent.WrapUpEndsAt, agent.CurrentCallId),
            Is.EqualTo((AgentState.WrapUp, (DateTimeOffset?)time.GetUtcNow() + WrapUp, "call-1")));
    }

    [Test]
    public void CallEnded_WithNoWrapUpTime_MakesTheAgentAvailable()
    {
        OnCall("call-1");

        agent.CallEnded("call-1", TimeSpan.Zero);

        Assert.That((agent.State, agent.IdleSince), Is.EqualTo((AgentState.Available, (DateTimeOffset?)time.GetUtcNow())));
    }

    [Test]
    public void CallEnded_ForAnotherCall_IsRefused()
    {
        OnCall("call-1");

        var result = agent.CallEnded("call-2", WrapUp);

        Assert.That((result.IsRefused, agent.State), Is.EqualTo((true, AgentState.OnCall)));
    }

    [Test]
    public void CallEnded_WithANegativeWrapUpTime_IsRefused()
    {
        OnCall("call-1");

        var result = agent.CallEnded("call-1", TimeSpan.FromSeconds(-1));

        Assert.That((result.IsRefused, agent.State), Is.EqualTo((true, AgentState.OnCall)));
    }

    [Test]
    public void EndWrapUp_ByTheAgent_MakesThemAvailableFromNow()
    {
        WrappingUp("call-1");
        time.Advance(TimeSpan.FromSeconds(10));

        var result = agent.EndWrapUp();

        Assert.That(
            (agent.State, agent.IdleSince, agent.WrapUpEndsAt, result.Change?.Reason),
            Is.EqualTo((AgentState.Available, (DateTimeOffset?)time.GetUtcNow(), (DateTimeOffset?)null, "wrap-up ended by the agent")));
    }

    [Test]
    public void ExpireWrapUp_WhenItsTimeIsOver_MakesTheAgentAvailable()
    {
        WrappingUp("call-1");
        time.Advance(WrapUp);

        var result = agent.ExpireWrapUp();

        Assert.That((agent.State, result.Change?.Reason), Is.EqualTo((AgentState.Available, AgentMachine.WrapUpTimeOver)));
    }

    [Test]
    public void ExpireWrapUp_BeforeItsTime_IsRefused()
    {
        WrappingUp("call-1");
        time.Advance(WrapUp - TimeSpan.FromMilliseconds(1));

        var result = agent.ExpireWrapUp();

        Assert.That((result.IsRefused, agent.State), Is.EqualTo((true, AgentState.WrapUp)));
    }

    [Test]
    public void MakeAvailable_DuringWrapUp_EndsIt()
    {
        WrappingUp("call-1");

        agent.MakeAvailable();

        Assert.That((agent.State, agent.WrapUpEndsAt), Is.EqualTo((AgentState.Available, (DateTimeOffset?)null)));
    }

    [Test]
    public void Pause_DuringWrapUp_PausesAtOnce()
    {
        WrappingUp("call-1");

        agent.Pause("break");

        Assert.That((agent.State, agent.PauseReason, agent.CurrentCallId), Is.EqualTo((AgentState.Paused, "break", (string?)null)));
    }

    [Test]
    public void Pause_WithoutAReason_IsRefused()
    {
        agent.LogIn();

        var result = agent.Pause(" ");

        Assert.That((result.IsRefused, agent.State), Is.EqualTo((true, AgentState.Available)));
    }

    [Test]
    public void Pause_ForTheReasonAlreadyGiven_IsRefused()
    {
        agent.LogIn("lunch");

        var result = agent.Pause("lunch");

        Assert.That(result.Refusal, Is.EqualTo("Agent 1001 is already paused (lunch)."));
    }

    [Test]
    public void Pause_WhileRinging_IsRefused()
    {
        agent.LogIn();
        agent.Reserve("call-1", "sales");

        var result = agent.Pause("break");

        Assert.That((result.IsRefused, agent.State), Is.EqualTo((true, AgentState.Ringing)));
    }

    [Test]
    public void TimeInState_IsTheTimeSinceTheLastChange()
    {
        agent.LogIn();
        time.Advance(TimeSpan.FromMinutes(7));

        Assert.That(agent.TimeInState, Is.EqualTo(TimeSpan.FromMinutes(7)));
    }

    [Test]
    public void Redefine_TakesNewSkillsAndKeepsTheState()
    {
        agent.LogIn();
        var skills = new Dictionary<string, int> { ["zh"] = 5 };

        agent.Redefine(new AgentDefinition { Extension = "1001", Name = "Mei Chan", Skills = skills });

        Assert.That((agent.State, agent.View().Name, agent.View().Skills), Is.EqualTo((AgentState.Available, "Mei Chan", (IReadOnlyDictionary<string, int>)skills)));
    }

    private void OnCall(string callId)
    {
        agent.LogIn();
        agent.Reserve(callId, "sales");
        agent.OfferAnswered(callId);
    }

    private void WrappingUp(string callId)
    {
        OnCall(callId);
        agent.CallEnded(callId, WrapUp);
    }
}
