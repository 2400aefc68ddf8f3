using System.Text.Json;
using CallCenter.Core.Calls;
using CallCenter.Testing;

namespace CallCenter.Telephony.Tests.Queueing;

/// <summary>
/// Our REST calls for a caller who holds and is connected follow the real h_holding_then_bridge trace, step for
/// step. The trace originated its agent leg (one POST /channels); we create it and dial it (the traces' setup
/// does both), so its originate stands for our create + dial here.
/// </summary>
public sealed class TraceHOrderTests
{
    private static readonly string TraceFile = RepositoryRoot.PathOf("tests", "CallCenter.Testing", "Traces", "h_holding_then_bridge.rest.jsonl");

    [Test]
    public async Task HoldRingAndConnect_SendsTheRequestsOfTraceH_InItsOrder()
    {
        var expected = TraceSteps();
        await using var rig = await Rig.StartAsync();
        var agent = rig.Asterisk.AddEndpoint("1001", AgentBehavior.Manual());
        var calls = new HoldAndRingCalls(new QueueScript("PJSIP/1001"));
        await using var server = await rig.StartServerAsync(calls);

        var caller = await rig.Asterisk.PlaceCallAsync("100", "+15550001009");
        var call = await calls.ForAsync(caller);
        var ringing = await agent.WaitForCallAsync(Rig.Timeout);
        await ringing.WaitForRingingAsync(Rig.Timeout);
        await ringing.AnswerAsync();
        await call.WaitForAsync<AgentConnected>(Rig.Timeout);
        var ids = new Dictionary<string, string>
        {
            [caller.ChannelId + "-hold"] = "{hold}",
            [caller.ChannelId + "-talk"] = "{talk}",
            [call.LegId!] = "{agent}",
            [caller.ChannelId] = "{caller}",
        };
        var sent = rig.Asterisk.Requests
            .Where(r => r.Path.StartsWith("/ari/channels", StringComparison.Ordinal) || r.Path.StartsWith("/ari/bridges", StringComparison.Ordinal))
            .Select(r => $"{r.Method} {Normalize(r.Path, ids)}")
            .SkipWhile(step => step != "POST /ari/channels/{caller}/answer")
            .Take(expected.Count)
            .ToList();

        Assert.That(sent, Is.EqualTo(expected));
    }

    /// <summary>Trace h's requests from the answer up to the talk bridge's addChannel, ids replaced by their role.</summary>
    private static List<string> TraceSteps()
    {
        var exchanges = File.ReadLines(TraceFile)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => (Method: e.GetProperty("method").GetString()!, Path: e.GetProperty("path").GetString()!, Query: e.GetProperty("query")))
            .ToList();
        var callerId = exchanges[0].Path.Split('/')[3];
        var ids = new Dictionary<string, string> { [callerId] = "{caller}" };
        var steps = new List<string>();
        foreach (var (method, path, query) in exchanges)
        {
            if (method == "POST" && path == "/ari/bridges")
            {
                var bridgeId = query.GetProperty("bridgeId").GetString()!;
                ids[bridgeId] = query.GetProperty("type").GetString() == "holding" ? "{hold}" : "{talk}";
            }
            if (method == "POST" && path == "/ari/channels")
            {
                ids[query.GetProperty("channelId").GetString()!] = "{agent}";
                steps.Add("POST /ari/channels/create");
                steps.Add("POST /ari/channels/{agent}/dial");
                continue;
            }
            var step = $"{method} {Normalize(path, ids)}";
            steps.Add(step);
            if (step == "POST /ari/bridges/{talk}/addChannel")
            {
                return steps;
            }
        }
        throw new InvalidOperationException($"{TraceFile} never adds the agent to a talk bridge.");
    }

    private static string Normalize(string path, IReadOnlyDictionary<string, string> ids) =>
        string.Join('/', path.Split('/').Select(part => ids.GetValueOrDefault(part, part)));
}
