using CallCenter.Core.Calls;
using CallCenter.Core.Ports;

namespace CallCenter.Core.Tests.Ivr.Runtime;

/// <summary>A caller's line for IVR tests: writes down what the call does, and lets the test say what happens.</summary>
internal sealed class ScriptedLine : ICallChannel
{
    private int playbacks;
    private int recordings;
    private int legs;

    public string CallId => "1795357895.0";

    public List<string> Actions { get; } = [];

    public List<(string Id, IReadOnlyList<string> Media, string? Language)> Played { get; } = [];

    public List<string> Stopped { get; } = [];

    public List<(string Name, TimeSpan Delay)> Timers { get; } = [];

    public HashSet<string> CancelledTimers { get; } = [];

    public List<string> Recordings { get; } = [];

    public bool HungUp { get; private set; }

    /// <summary>The music-on-hold class of the last hold, or null while the caller was never held.</summary>
    public string? HeldWith { get; private set; }

    /// <summary>Agents rung, by leg id ("leg1", ...); the test answers with agent inputs to the call.</summary>
    public List<(string LegId, AgentLegRequest Request)> AgentsRung { get; } = [];

    public List<string> AgentsCancelled { get; } = [];

    public List<string> AgentsConnected { get; } = [];

    public Task AnswerAsync(CancellationToken cancellationToken)
    {
        Actions.Add("answer");
        return Task.CompletedTask;
    }

    public Task<string> PlayAsync(IReadOnlyList<string> media, string? language, CancellationToken cancellationToken)
    {
        var id = $"pb{++playbacks}";
        Played.Add((id, media, language));
        Actions.Add($"play {string.Join(" ", media)}");
        return Task.FromResult(id);
    }

    public Task StopPlaybackAsync(string playbackId, CancellationToken cancellationToken)
    {
        Stopped.Add(playbackId);
        Actions.Add($"stop {playbackId}");
        return Task.CompletedTask;
    }

    public Task HangUpAsync(HangupCause cause, CancellationToken cancellationToken)
    {
        HungUp = true;
        Actions.Add("hangup");
        return Task.CompletedTask;
    }

    public Task<string> RecordAsync(RecordingRequest request, CancellationToken cancellationToken)
    {
        var name = $"rec{++recordings}";
        Recordings.Add(name);
        Actions.Add($"record {name}");
        return Task.FromResult(name);
    }

    public Task StopRecordingAsync(string recordingName, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DeleteRecordingAsync(string recordingName, CancellationToken cancellationToken)
    {
        Actions.Add($"delete {recordingName}");
        return Task.CompletedTask;
    }

    public Task HoldAsync(string? mohClass, CancellationToken cancellationToken)
    {
        HeldWith = mohClass ?? "default";
        Actions.Add($"hold {HeldWith}");
        return Task.CompletedTask;
    }

    public Task<string> RingAgentAsync(AgentLegRequest request, CancellationToken cancellationToken)
    {
        var legId = $"leg{++legs}";
        AgentsRung.Add((legId, request));
        Actions.Add($"ring {request.Endpoint} as {legId}");
        return Task.FromResult(legId);
    }

    public Task CancelAgentAsync(string legId, CancellationToken cancellationToken)
    {
        AgentsCancelled.Add(legId);
        Actions.Add($"cancel {legId}");
        return Task.CompletedTask;
    }

    public Task ConnectAgentAsync(string legId, CancellationToken cancellationToken)
    {
        AgentsConnected.Add(legId);
        Actions.Add($"connect {legId}");
        return Task.CompletedTask;
    }

    public Task LeaveBridgesAsync(CancellationToken cancellationToken)
    {
        Actions.Add("leave bridges");
        HeldWith = null;
        return Task.CompletedTask;
    }

    /// <summary>Inputs handed to the call's mailbox by a service (the distributor); the test delivers them.</summary>
    public List<CallInput> Posted { get; } = [];

    public bool Post(CallInput input)
    {
        Posted.Add(input);
        return true;
    }

    public IDisposable StartTimer(TimeSpan delay, string name)
    {
        Timers.Add((name, delay));
        return new Cancel(this, name);
    }

    /// <summary>The timer started last that is still running.</summary>
    public string? RunningTimer => Timers.Select(t => t.Name).LastOrDefault(n => !CancelledTimers.Contains(n));

    private sealed class Cancel(ScriptedLine line, string name) : IDisposable
    {
        public void Dispose() => line.CancelledTimers.Add(name);
    }
}
