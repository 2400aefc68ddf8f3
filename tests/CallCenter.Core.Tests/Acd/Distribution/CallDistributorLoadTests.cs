using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Acd.Events;
using CallCenter.Core.Records;
using static CallCenter.Core.Tests.Acd.Distribution.DistributorRig;

namespace CallCenter.Core.Tests.Acd.Distribution;

/// <summary>Many callers, few agents, everything that can happen to an offer: the distributor's promises hold throughout.</summary>
public sealed class CallDistributorLoadTests
{
    [Test]
    public async Task TwoHundredCallersTwentyAgents_NoAgentEverHasTwoCallsAndEveryCallerEndsAccountedFor()
    {
        var queue = new QueueDefinition { Name = "support", WrapUp = TimeSpan.FromSeconds(3), MaxWait = TimeSpan.FromSeconds(90), Overflow = new OverflowTarget(OverflowAction.Voicemail) };
        var agents = Enumerable.Range(1001, 20).Select(e => Agent(e.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        await using var rig = DistributorRig.Start(Setup([queue], agents, autoPauseAfter: 0));
        await rig.LogInAsync([.. agents.Select(a => a.Extension)]);
        var random = new Random(7);
        var callers = Enumerable.Range(0, 200).Select(i => rig.Enqueue($"call-{i:000}", "support")).ToList();
        var handled = new Dictionary<string, int>();
        var talking = new Dictionary<string, int>();

        for (var second = 0; second < 240; second++)
        {
            await rig.SettleAsync();
            foreach (var caller in callers)
            {
                var offers = caller.Offers.Count;
                if (offers > handled.GetValueOrDefault(caller.CallId))
                {
                    handled[caller.CallId] = offers;
                    switch (random.Next(10))
                    {
                        case 0:
                            rig.Distributor.OfferMissed(caller.CallId, "no answer");
                            break;
                        case 1:
                            rig.Distributor.Left(caller.CallId, CallOutcome.Abandoned);
                            break;
                        default:
                            rig.Distributor.OfferAnswered(caller.CallId);
                            talking[caller.CallId] = random.Next(5, 20);
                            break;
                    }
                }
            }
            foreach (var (callId, left) in talking.ToList())
            {
                if (left == 0)
                {
                    rig.Distributor.TalkEnded(callId);
                    talking.Remove(callId);
                }
                else
                {
                    talking[callId] = left - 1;
                }
            }
            rig.Time.Advance(TimeSpan.FromSeconds(1));
        }
        await rig.SettleAsync();

        var events = rig.ReadEvents();
        var busy = new HashSet<string>();
        var twice = new List<string>();
        var callAgent = new Dictionary<string, string>();
        foreach (var acdEvent in events)
        {
            switch (acdEvent)
            {
                case CallOffered offered:
                    if (!busy.Add(offered.Agent))
                    {
                        twice.Add($"{offered.Agent} offered {offered.CallId} at {offered.At:T}");
                    }
                    callAgent[offered.CallId] = offered.Agent;
                    break;
                case AgentStateChanged { To: Core.Agents.AgentState.Available or Core.Agents.AgentState.WrapUp } changed:
                    busy.Remove(changed.Agent);
                    break;
            }
        }
        var ended = events.OfType<CallEnded>().ToDictionary(e => e.CallId, e => e.Outcome);
        Assert.Multiple(() =>
        {
            Assert.That(twice, Is.Empty, "an agent offered a call while ringing or talking");
            Assert.That(ended.Keys, Is.EquivalentTo(callers.Select(c => c.CallId)), "every caller ended");
            Assert.That(ended.Values.Distinct(), Is.SubsetOf(new[] { CallOutcome.Answered, CallOutcome.Abandoned, CallOutcome.Overflowed }));
            Assert.That(ended.Values.Count(o => o == CallOutcome.Answered), Is.GreaterThan(100), "most were served");
        });
    }
}
