using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Agents;
using CallCenter.Core.Agents;

namespace CallCenter.Core.Tests.Acd.Agents;

/// <summary>Every request in every state: what it does, or that it is refused and changes nothing.</summary>
public sealed class AgentMachineTransitionTests
{
    private const string Refused = "refused";
    private const string Later = "later";

    private static readonly Dictionary<string, Func<AgentMachine, AgentChangeResult>> Requests = new()
    {
        ["LogIn"] = a => a.LogIn(),
        ["MakeAvailable"] = a => a.MakeAvailable(),
        ["Pause"] = a => a.Pause("break"),
        ["Reserve"] = a => a.Reserve("call-2", "sales"),
        ["OfferAnswered"] = a => a.OfferAnswered("call-1"),
        ["OfferMissed"] = a => a.OfferMissed("call-1", "no answer"),
        ["OfferWithdrawn"] = a => a.OfferWithdrawn("call-1"),
        ["CallEnded"] = a => a.CallEnded("call-1", TimeSpan.FromSeconds(30)),
        ["EndWrapUp"] = a => a.EndWrapUp(),
        ["LogOut"] = a => a.LogOut(),
    };

    private static readonly Dictionary<AgentState, Action<AgentMachine>> Reach = new()
    {
        [AgentState.LoggedOut] = _ => { },
        [AgentState.Available] = a => a.LogIn(),
        [AgentState.Ringing] = a => { a.LogIn(); a.Reserve("call-1", "sales"); },
        [AgentState.OnCall] = a => { a.LogIn(); a.Reserve("call-1", "sales"); a.OfferAnswered("call-1"); },
        [AgentState.WrapUp] = a => { a.LogIn(); a.Reserve("call-1", "sales"); a.OfferAnswered("call-1"); a.CallEnded("call-1", TimeSpan.FromSeconds(30)); },
        [AgentState.Paused] = a => a.LogIn("lunch"),
    };

    private static readonly string[] Order = ["LogIn", "MakeAvailable", "Pause", "Reserve", "OfferAnswered", "OfferMissed", "OfferWithdrawn", "CallEnded", "EndWrapUp", "LogOut"];

    private static readonly Dictionary<AgentState, string[]> Expected = new()
    {
        [AgentState.LoggedOut] = ["Available", Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused],
        [AgentState.Available] = [Refused, Refused, "Paused", "Ringing", Refused, Refused, Refused, Refused, Refused, "LoggedOut"],
        [AgentState.Ringing] = [Refused, Refused, Refused, Refused, "OnCall", "Available", "Available", Refused, Refused, Refused],
        [AgentState.OnCall] = [Refused, Refused, Later, Refused, Refused, Refused, Refused, "WrapUp", Refused, Later],
        [AgentState.WrapUp] = [Refused, "Available", "Paused", Refused, Refused, Refused, Refused, Refused, "Available", "LoggedOut"],
        [AgentState.Paused] = [Refused, "Available", "Paused", Refused, Refused, Refused, Refused, Refused, Refused, "LoggedOut"],
    };

    private static IEnumerable<TestCaseData> Cases() =>
        from state in Expected.Keys
        from i in Enumerable.Range(0, Order.Length)
        select new TestCaseData(state, Order[i], Expected[state][i]).SetName($"{Order[i]}_When{state}_Is{Expected[state][i]}");

    [TestCaseSource(nameof(Cases))]
    public void Request_InEachState_DoesWhatTheStateAllows(AgentState from, string request, string expected)
    {
        var agent = new AgentMachine(new AgentDefinition { Extension = "1001", Name = "Mei" }, 2, AgentClock.NewTime(), AgentClock.Zone);
        Reach[from](agent);
        Assert.That(agent.State, Is.EqualTo(from), "set-up");

        var result = Requests[request](agent);

        var outcome = result.IsRefused ? Refused : result.Change is null ? Later : result.Change.To.ToString();
        Assert.That(outcome, Is.EqualTo(expected), result.ToString());
        if (expected is Refused or Later)
        {
            Assert.That(agent.State, Is.EqualTo(from), "a refused or deferred request changes nothing now");
        }
        else
        {
            Assert.That((result.Change!.From, agent.State.ToString()), Is.EqualTo((from, expected)));
        }
    }
}
