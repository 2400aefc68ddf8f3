using CallCenter.Core.Calls;
using CallCenter.Core.Ports;

namespace CallCenter.Core.Tests.Calls;

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
}
