using System.Globalization;
using System.Text;
using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Agents;
using CallCenter.Core.Records;
using CallCenter.Testing;
using Serilog.Events;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Queue;

/// <summary>
/// A busy hour on real time, with the shortest settings the queue file allows: 200 callers at once for 20 agents,
/// who answer after a short random ring (now and then declining as busy) and talk a random short while; one caller
/// in five gives up after a random wait. Judged by what Asterisk saw — no agent's phone ever had two calls — and by
/// the call records: every caller was answered, or recorded as abandoned or overflowed.
/// </summary>
public sealed class BusyHourCallTests
{
    private const int Callers = 200;
    private const int Agents = 20;
    private const int Seed = 20261123;

    private static readonly IReadOnlyList<string> Extensions =
        [.. Enumerable.Range(2001, Agents).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    [Test]
    public async Task TwoHundredCallersTwentyAgents_NoAgentEverHasTwoCallsAndEveryCallerIsAnsweredAbandonedOrOverflowed()
    {
        var random = new Random(Seed);
        await using var rig = await HotlineRig.StartAsync(new HotlineRigOptions
        {
            Flow = StraightToQueueFlow.Text,
            Queues = QueueFile(),
            AgentsLoggedIn = Extensions,
        });
        var phones = Extensions.Select(e => rig.Asterisk.AddEndpoint(e, AgentBehavior.Manual())).ToList();
        await Eventually.TrueAsync(
            async () => (await rig.Service<CallDistributor>().ViewAsync()).Agents.All(a => a.State == AgentState.Available),
            "every agent logged in",
            HotlineRig.Patience);
        using var hourOver = new CancellationTokenSource();
        var agentsAtWork = phones.Select(p => TakeCallsAsync(p, new Random(random.Next()), hourOver.Token)).ToList();

        var callers = await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => rig.CallAsync()));
        var quitters = callers.Where((_, i) => i % 5 == 0).ToList();
        await Task.WhenAll(quitters.Select(c => GiveUpAsync(c, TimeSpan.FromMilliseconds(random.Next(200, 6_000)))));
        await Eventually.TrueAsync(() => callers.All(c => c.Phone.IsHungUp), "every call over", TimeSpan.FromSeconds(60));
        await hourOver.CancelAsync();
        await Task.WhenAll(agentsAtWork);
        var records = new List<CallRecord>();
        foreach (var caller in callers)
        {
            records.Add(await rig.EndedRecordAsync(caller.CallId));
        }
        var distributor = await rig.Service<CallDistributor>().ViewAsync();
        var answeredByPhones = phones
            .SelectMany(p => p.Calls.Where(c => c.Outcome == AgentCallOutcome.Answered).Select(c => (Agent: p.Resource, Caller: c.CallerIdNumber)))
            .ToList();
        var answeredRecords = records.Where(r => r.Outcome == CallOutcome.Answered).ToList();
        var quitterNumbers = quitters.Select(c => c.Phone.CallerNumber).ToHashSet(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(phones.Where(p => p.MostCallsAtOnce > 1).Select(p => p.Name), Is.Empty, "agents whose phone had two calls at once");
            Assert.That(
                records.Where(r => r.Outcome is not (CallOutcome.Answered or CallOutcome.Abandoned or CallOutcome.Overflowed)).Select(r => $"{r.CallId}: {r.Outcome}"),
                Is.Empty);
            Assert.That(records.Where(r => r.Outcome == CallOutcome.Answered && (r.AgentExtension is null || r.ConnectedAt is null)).Select(r => r.CallId), Is.Empty, "answered without an agent");
            Assert.That(
                answeredRecords.Select(r => (Agent: r.AgentExtension ?? "", Caller: r.CallerNumber)).Except(answeredByPhones),
                Is.Empty,
                "answered records whose agent's phone did not answer that caller");
            Assert.That(
                answeredByPhones.Where(a => !answeredRecords.Exists(r => r.CallerNumber == a.Caller) && !quitterNumbers.Contains(a.Caller)),
                Is.Empty,
                "calls an agent answered that are no answered record, though the caller never hung up (one who did may be gone as the agent answers)");
            Assert.That(records.Count(r => r.Outcome == CallOutcome.Abandoned), Is.GreaterThan(0), "some callers gave up waiting");
            Assert.That(rig.Logs.Events.Where(e => e.Level >= LogEventLevel.Error).Select(e => $"{e.RenderMessage(CultureInfo.InvariantCulture)} {e.Exception}"), Is.Empty);
            Assert.That(distributor.Calls, Is.Empty, "nobody left in the queue");
            Assert.That(distributor.Agents.Where(a => a.State != AgentState.Available).Select(a => $"{a.Extension}: {a.State}"), Is.Empty, "every agent free again");
        });
    }

    /// <summary>
    /// The agent at work, on their softphone: each call rings a short random while before they answer (one in ten
    /// they decline as busy) and they talk a random short while before hanging up.
    /// </summary>
    private static async Task TakeCallsAsync(FakeAgentEndpoint phone, Random random, CancellationToken hourOver)
    {
        try
        {
            while (true)
            {
                var call = await phone.WaitForCallAsync(TimeSpan.FromMinutes(5), hourOver);
                if (random.Next(10) == 0)
                {
                    await call.RejectAsync();
                    continue;
                }
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 400)), hourOver);
                await call.AnswerAsync();
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(200, 1_500)), hourOver);
                await call.HangUpAsync();
            }
        }
        catch (OperationCanceledException) when (hourOver.IsCancellationRequested)
        {
        }
    }

    /// <summary>A caller who hears the music on hold and hangs up <paramref name="after"/> that, whatever happens by then.</summary>
    private static async Task GiveUpAsync(HotlineCaller caller, TimeSpan after)
    {
        await caller.Phone.WaitForMusicOnHoldAsync(HotlineRig.Patience);
        await Task.Delay(after);
        await caller.HangUpAsync();
    }

    private static string QueueFile()
    {
        var file = new StringBuilder("""
            auto-pause-after-missed: 0
            queues:
              support:
                skills: {support: 1}
                ring-timeout: 5s
                wrap-up: 0s
                max-wait: 30s
                overflow: voicemail
                announce-every: 15s
            agents:

            """);
        foreach (var extension in Extensions)
        {
            file.Append(CultureInfo.InvariantCulture, $"  - {{extension: \"{extension}\", name: Agent {extension}, skills: {{support: 3}}}}\n");
        }
        return file.ToString();
    }
}
