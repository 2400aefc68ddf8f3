using CallCenter.Core.Calls;
using CallCenter.Core.Ports;

namespace CallCenter.Telephony.Tests.Welcome;

/// <summary>A caller's line that only writes down what the behaviour asked of it.</summary>
internal sealed class RecordingCallChannel : ICallChannel
{
    private int playbacks;

    public string CallId => "1795357895.0";

    public List<string> Actions { get; } = [];

    public Task AnswerAsync(CancellationToken cancellationToken)
    {
        Actions.Add("answer");
        return Task.CompletedTask;
    }

    public Task<string> PlayAsync(IReadOnlyList<string> media, string? language, CancellationToken cancellationToken)
    {
        var id = $"pb{++playbacks}";
        Actions.Add($"play {string.Join(",", media)} {language} as {id}");
        return Task.FromResult(id);
    }

    public Task StopPlaybackAsync(string playbackId, CancellationToken cancellationToken)
    {
        Actions.Add($"stop {playbackId}");
        return Task.CompletedTask;
    }

    public Task HangUpAsync(HangupCause cause, CancellationToken cancellationToken)
    {
        Actions.Add($"hangup {cause}");
        return Task.CompletedTask;
    }

    public Task<string> RecordAsync(RecordingRequest request, CancellationToken cancellationToken)
    {
        Actions.Add($"record {request.MaxLength.TotalSeconds}s");
        return Task.FromResult("rec1");
    }

    public Task StopRecordingAsync(string recordingName, CancellationToken cancellationToken)
    {
        Actions.Add($"stop recording {recordingName}");
        return Task.CompletedTask;
    }

    public Task DeleteRecordingAsync(string recordingName, CancellationToken cancellationToken)
    {
        Actions.Add($"delete recording {recordingName}");
        return Task.CompletedTask;
    }

    public Task HoldAsync(string? mohClass, CancellationToken cancellationToken)
    {
        Actions.Add($"hold {mohClass}");
        return Task.CompletedTask;
    }

    public Task<string> RingAgentAsync(AgentLegRequest request, CancellationToken cancellationToken)
    {
        Actions.Add($"ring {request.Endpoint}");
        return Task.FromResult("leg1");
    }

    public Task CancelAgentAsync(string legId, CancellationToken cancellationToken)
    {
        Actions.Add($"cancel {legId}");
        return Task.CompletedTask;
    }

    public Task ConnectAgentAsync(string legId, CancellationToken cancellationToken)
    {
        Actions.Add($"connect {legId}");
        return Task.CompletedTask;
    }

    public Task LeaveBridgesAsync(CancellationToken cancellationToken)
    {
        Actions.Add("leave bridges");
        return Task.CompletedTask;
    }

    public bool Post(CallInput input)
    {
        Actions.Add($"post {input}");
        return true;
    }

    public IDisposable StartTimer(TimeSpan delay, string name)
    {
        Actions.Add($"timer {name} {delay.TotalSeconds}s");
        return new Cancelled(Actions, name);
    }

    private sealed class Cancelled(List<string> actions, string name) : IDisposable
    {
        public void Dispose() => actions.Add($"cancel timer {name}");
    }
}
