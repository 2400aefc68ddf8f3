using System.Text.Json.Nodes;
using CallCenter.Testing.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Testing.Tests.Conformance;

/// <summary>
/// Drives FakeAsterisk through a recorded scenario. The fake runs on a <see cref="FakeTimeProvider"/> that follows
/// the trace's clock, so its timers (prompt lengths, dial timeouts, key presses) fire where Asterisk's did. The SIP
/// side (caller, agents) acts where the trace shows it acting, and the application's REST requests go out at their
/// recorded times once the events that preceded them have arrived, with the caller's channel id rewritten.
/// </summary>
public static class TraceReplayer
{
    private static readonly TimeSpan EventWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan DtmfDuration = TimeSpan.FromMilliseconds(280);

    public static async Task<ReplayResult> ReplayAsync(TraceScenario scenario)
    {
        var start = scenario.Events.Select(TraceScenario.TimeOf).Concat(scenario.Rest.Select(r => r.SentAt)).Min() - TimeSpan.FromSeconds(1);
        var time = new FakeTimeProvider(start);
        // The core sound lengths Asterisk played in these traces (hello-world took 1.40 s, and so on).
        using var sounds = new Sounds()
            .Add("hello-world", TimeSpan.FromSeconds(1.40))
            .Add("demo-congrats", TimeSpan.FromSeconds(5))
            .Add("all-circuits-busy-now", TimeSpan.FromSeconds(1.80))
            .Add("en/digits/1", TimeSpan.FromSeconds(0.90));
        await using var fake = await FakeAsterisk.StartAsync(new FakeAsteriskOptions
        {
            TimeProvider = time,
            SoundsDirectory = sounds.Directory,
            DtmfDuration = DtmfDuration,
        });
        // The agents of the README's table: 1001 answers when the trace shows it, 1002 is busy, 1003 never answers.
        fake.AddEndpoint("agent1001", AgentBehavior.Manual());
        fake.AddEndpoint("agent1002", AgentBehavior.Busy());
        fake.AddEndpoint("agent1003", AgentBehavior.NoAnswer());
        await using var app = await AriTestClient.ConnectAsync(fake);

        var run = new Run(scenario, fake, app, time);
        await run.ExecuteAsync();
        return run.Result();
    }

    private sealed class Run
    {
        private readonly TraceScenario _scenario;
        private readonly FakeAsterisk _fake;
        private readonly AriTestClient _app;
        private readonly FakeTimeProvider _time;
        private readonly List<string> _problems = [];
        private readonly List<Task> _presses = [];
        private readonly Dictionary<int, Task<AriResponse>> _sent = [];
        private readonly List<(TraceRestExchange, AriResponse?)> _answers = [];
        private FakeCaller? _caller;

        public Run(TraceScenario scenario, FakeAsterisk fake, AriTestClient app, FakeTimeProvider time)
        {
            _scenario = scenario;
            _fake = fake;
            _app = app;
            _time = time;
        }

        public async Task ExecuteAsync()
        {
            foreach (var step in Timeline())
            {
                if (step.At > _time.GetUtcNow())
                {
                    _time.SetUtcNow(step.At);
                }
                switch (step)
                {
                    case ReplayStep.PhoneAction action:
                        await action.Act();
                        break;
                    case ReplayStep.RestSend send:
                        await PrecedingEventsAsync(send.At, $"before {send.Exchange.Method} {send.Exchange.Path}");
                        _sent[send.Index] = _app.SendAsync(new HttpMethod(send.Exchange.Method), Rewrite(send.Exchange.Path), Query(send.Exchange));
                        break;
                    case ReplayStep.RestAwait reply:
                        _answers.Add((reply.Exchange, await AnswerAsync(reply)));
                        break;
                }
            }
            foreach (var press in _presses)
            {
                await press.WaitAsync(EventWait);
            }
            // A marker through the same ordered queue: once it arrives, every event the fake sent has arrived too.
            await _fake.SendRawAsync("""{"type":"ReplayMarker"}""");
            await _app.Log.WaitForTypeAsync("ReplayMarker", EventWait);
        }

        public ReplayResult Result() =>
            new(_scenario, _app.Log.Events.Where(e => (string?)e["type"] != "ReplayMarker").ToList(), _answers, _problems);

        private List<ReplayStep> Timeline()
        {
            var steps = new List<ReplayStep>();
            var callerId = _scenario.CallerChannelId;
            var first = _scenario.Events.First(e => (string?)e["type"] == "StasisStart");
            var extension = (string)first["channel"]!["dialplan"]!["exten"]!;
            steps.Add(new ReplayStep.PhoneAction(TraceScenario.TimeOf(first), "caller dials " + extension, async () =>
            {
                _caller = await _fake.PlaceCallAsync(extension, "caller", "Caller");
            }));
            for (var i = 0; i < _scenario.Events.Count; i++)
            {
                var recorded = _scenario.Events[i];
                var at = TraceScenario.TimeOf(recorded);
                steps.Add(new ReplayStep.Event(at, recorded, i));
                if (PhoneActionFor(recorded, at, callerId) is { } action)
                {
                    steps.Add(action);
                }
            }
            for (var i = 0; i < _scenario.Rest.Count; i++)
            {
                var exchange = _scenario.Rest[i];
                steps.Add(new ReplayStep.RestSend(exchange.SentAt, exchange, i));
                steps.Add(new ReplayStep.RestAwait(exchange.SentAt + exchange.Took, exchange, i));
            }
            return steps
                .Select((step, position) => (step, position))
                .OrderBy(s => s.step.At)
                .ThenBy(s => s.step.Order)
                .ThenBy(s => s.position)
                .Select(s => s.step)
                .ToList();
        }

        private ReplayStep.PhoneAction? PhoneActionFor(JsonObject recorded, DateTimeOffset at, string callerId)
        {
            var type = (string)recorded["type"]!;
            var channelId = (string?)recorded["channel"]?["id"];
            if (channelId is null)
            {
                return null;
            }
            var remoteHangup = type == "ChannelHangupRequest" && recorded["soft"] is null && recorded["tech_cause"] is null;
            var cause = (int?)recorded["cause"];
            if (channelId == callerId)
            {
                if (type == "ChannelDtmfReceived")
                {
                    var digit = (string)recorded["digit"]!;
                    var pressed = at - TimeSpan.FromMilliseconds((int)recorded["duration_ms"]!);
                    return new ReplayStep.PhoneAction(pressed, "caller presses " + digit, () =>
                    {
                        _presses.Add(_caller!.PressAsync(digit));
                        return Task.CompletedTask;
                    });
                }
                return remoteHangup ? new ReplayStep.PhoneAction(at, "caller hangs up", () => _caller!.HangUpAsync(cause)) : null;
            }
            if (type == "ChannelStateChange" && (string?)recorded["channel"]!["state"] == "Up")
            {
                return new ReplayStep.PhoneAction(at, "agent answers " + channelId, () => AgentCall(channelId).AnswerAsync());
            }
            return remoteHangup ? new ReplayStep.PhoneAction(at, "agent hangs up " + channelId, () => AgentCall(channelId).HangUpAsync(cause)) : null;
        }

        private FakeAgentCall AgentCall(string channelId) =>
            _fake.Endpoints.SelectMany(e => e.Calls).FirstOrDefault(c => c.ChannelId == channelId)
            ?? throw new InvalidOperationException($"No agent call on channel {channelId}: the application's originate did not reach the fake.");

        private async Task PrecedingEventsAsync(DateTimeOffset at, string where)
        {
            var expected = ReplayResult.WithoutVarsets(_scenario.Events).Count(e => TraceScenario.TimeOf(e) < at);
            if (!await _app.Log.WaitUntilAsync(events => ReplayResult.WithoutVarsets(events).Count >= expected, EventWait))
            {
                _problems.Add($"{where}: expected {expected} events (without ChannelVarset) by then, got {ReplayResult.WithoutVarsets(_app.Log.Events).Count}");
            }
        }

        private async Task<AriResponse?> AnswerAsync(ReplayStep.RestAwait reply)
        {
            try
            {
                return await _sent[reply.Index].WaitAsync(EventWait);
            }
            catch (TimeoutException)
            {
                _problems.Add($"{reply.Exchange.Method} {reply.Exchange.Path}: no answer within {EventWait.TotalSeconds} s");
                return null;
            }
        }

        private string Rewrite(string path) =>
            string.Join("/", path.Split('/').Select(segment => segment == _scenario.CallerChannelId ? _caller!.ChannelId : segment))
                .Replace("/ari/", "", StringComparison.Ordinal);

        private List<KeyValuePair<string, string>> Query(TraceRestExchange exchange) =>
            exchange.Query
                .Select(p => KeyValuePair.Create(p.Key, string.Join(",", p.Value.Split(',').Select(v => v == _scenario.CallerChannelId ? _caller!.ChannelId : v))))
                .ToList();
    }
}
