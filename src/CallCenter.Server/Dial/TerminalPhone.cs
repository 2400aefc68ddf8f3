using System.Globalization;
using System.Threading.Channels;
using CallCenter.Core.Calls;
using CallCenter.Core.Ports;

namespace CallCenter.Server.Dial;

/// <summary>
/// The caller's line on the admin's terminal, standing in for Asterisk. A playback prints its words when it
/// starts and ends after its recorded length times the speed factor, later playbacks queueing behind it as on a
/// channel; a stop cuts it short. Recording ends on the finish key or at the maximum length. Everything that
/// "happens on the line" comes back as a call input through the call's inbox, as Asterisk's events would.
/// An agent rung for a queue is played by the terminal too: the phone rings, the agent answers after
/// <see cref="AgentAnswerDelay"/> (times the speed factor) unless the ring timeout comes first, and once connected
/// stays on the line until the caller hangs up; the terminal carries no voice either way.
/// All members are called from the session's loop only; timers merely post to the inbox.
/// </summary>
internal sealed class TerminalPhone(
    string callId,
    ChannelWriter<CallInput> inbox,
    CallTranscript transcript,
    PromptTranscripts prompts,
    TimeProvider time,
    double speed) : ICallChannel, IDisposable
{
    private readonly Queue<Playback> queued = new();
    private readonly HashSet<string> finished = new(StringComparer.Ordinal);
    private readonly List<ITimer> timers = [];
    private readonly Dictionary<string, ITimer?> agentLegs = new(StringComparer.Ordinal);
    private Playback? current;
    private Recording? recording;
    private int playbacks;
    private int recordings;
    private int legs;
    private bool ended;

    /// <summary>How long the terminal's agent lets the phone ring before answering, at speed 1.</summary>
    public static readonly TimeSpan AgentAnswerDelay = TimeSpan.FromSeconds(3);

    public string CallId => callId;

    public Task AnswerAsync(CancellationToken cancellationToken)
    {
        transcript.Line("answer", $"call {callId}");
        return Task.CompletedTask;
    }

    public Task<string> PlayAsync(IReadOnlyList<string> media, string? language, CancellationToken cancellationToken)
    {
        var playback = new Playback($"{callId}-pb{++playbacks}", prompts.Describe(media, language ?? "en"));
        if (current is null)
        {
            Start(playback);
        }
        else
        {
            queued.Enqueue(playback);
        }
        return Task.FromResult(playback.Id);
    }

    public Task StopPlaybackAsync(string playbackId, CancellationToken cancellationToken)
    {
        if (current is { Id: var id, Stopped: false } playing && id == playbackId)
        {
            playing.Timer?.Dispose();
            playing.Stopped = true;
            transcript.Line("stop", "the prompt (a key stops it)");
            Finish(playbackId, PromptOutcome.Done);
        }
        else if (queued.Any(p => p.Id == playbackId))
        {
            var rest = queued.Where(p => p.Id != playbackId).ToList();
            queued.Clear();
            rest.ForEach(queued.Enqueue);
            Finish(playbackId, PromptOutcome.Done);
        }
        return Task.CompletedTask;
    }

    public Task HangUpAsync(HangupCause cause, CancellationToken cancellationToken)
    {
        if (!ended)
        {
            inbox.TryWrite(new CallEnded(CallEndReason.WeHungUp, "the flow hung up"));
        }
        return Task.CompletedTask;
    }

    public Task<string> RecordAsync(RecordingRequest request, CancellationToken cancellationToken)
    {
        var name = $"{callId}-rec{++recordings}";
        var beep = request.Beep ? "beep, then " : "";
        var finish = request.FinishKey is { } key ? $"press {key} to finish, " : "";
        transcript.Line("record", string.Create(CultureInfo.InvariantCulture, $"{beep}speak ({finish}at most {request.MaxLength.TotalSeconds:0} s): the terminal records no sound"));
        var timer = Post(new RecordingEnded(name, RecordingOutcome.Done, WholeSeconds(request.MaxLength)), request.MaxLength);
        recording = new Recording(name, request.FinishKey, time.GetUtcNow(), timer);
        return Task.FromResult(name);
    }

    public Task StopRecordingAsync(string recordingName, CancellationToken cancellationToken)
    {
        if (recording is { } running && running.Name == recordingName)
        {
            inbox.TryWrite(new RecordingEnded(recordingName, RecordingOutcome.Done, WholeSeconds(time.GetUtcNow() - running.StartedAt)));
        }
        return Task.CompletedTask;
    }

    public Task DeleteRecordingAsync(string recordingName, CancellationToken cancellationToken)
    {
        transcript.Line("delete", "the message, to record it again");
        return Task.CompletedTask;
    }

    public Task HoldAsync(string? mohClass, CancellationToken cancellationToken)
    {
        transcript.Line("hold", $"music on hold ({mohClass ?? "default"}) while the queue looks for an agent");
        return Task.CompletedTask;
    }

    public Task<string> RingAgentAsync(AgentLegRequest request, CancellationToken cancellationToken)
    {
        var legId = $"{callId}-agent{++legs}";
        var answersAfter = AgentAnswerDelay * speed;
        var shown = string.IsNullOrEmpty(request.CallerName) ? request.CallerNumber : $"{request.CallerName} <{request.CallerNumber}>";
        transcript.Line("agent", $"ringing {request.Endpoint}, showing {shown}");
        inbox.TryWrite(new AgentRinging(legId));
        agentLegs[legId] = answersAfter < request.RingTimeout
            ? Post(new AgentAnswered(legId), answersAfter)
            : Post(new AgentLegFailed(legId, AgentLegFailure.NoAnswer, "ring timeout"), request.RingTimeout);
        return Task.FromResult(legId);
    }

    public Task CancelAgentAsync(string legId, CancellationToken cancellationToken)
    {
        if (agentLegs.Remove(legId, out var pending))
        {
            pending?.Dispose();
            transcript.Line("agent", "the agent's phone stops ringing");
        }
        return Task.CompletedTask;
    }

    public Task ConnectAgentAsync(string legId, CancellationToken cancellationToken)
    {
        if (agentLegs.ContainsKey(legId))
        {
            agentLegs[legId] = null;
            transcript.Line("agent", "connected: you are talking to the agent (the terminal carries no voice; q hangs up)");
            inbox.TryWrite(new AgentConnected(legId));
        }
        return Task.CompletedTask;
    }

    public Task LeaveBridgesAsync(CancellationToken cancellationToken)
    {
        transcript.Line("hold", "the music stops");
        return Task.CompletedTask;
    }

    public bool Post(CallInput input) => inbox.TryWrite(input);

    public IDisposable StartTimer(TimeSpan delay, string name) => Post(new TimerElapsed(name), delay);

    /// <summary>
    /// What the call is told of something that happened on the line, or null when it is not news: the end of a
    /// playback already ended, of a recording already over, anything after the call ended.
    /// </summary>
    public CallInput? Receive(CallInput input)
    {
        if (ended)
        {
            return null;
        }
        switch (input)
        {
            case PromptFinished done:
                if (!finished.Add(done.PlaybackId))
                {
                    return null;
                }
                if (current?.Id == done.PlaybackId)
                {
                    current = null;
                    if (queued.TryDequeue(out var next))
                    {
                        Start(next);
                    }
                }
                return done;
            case DigitPressed pressed:
                transcript.Key(pressed.Digit);
                if (recording is { } running && running.FinishKey == pressed.Digit)
                {
                    // Asterisk reports the key, then the recording's end.
                    inbox.TryWrite(new RecordingEnded(running.Name, RecordingOutcome.Done, WholeSeconds(time.GetUtcNow() - running.StartedAt)));
                }
                return pressed;
            case RecordingEnded over:
                if (recording?.Name != over.Name)
                {
                    return null;
                }
                recording.Timer.Dispose();
                recording = null;
                transcript.Line("record", over.Duration > TimeSpan.Zero
                    ? string.Create(CultureInfo.InvariantCulture, $"ended: {over.Duration.TotalSeconds:0} s kept")
                    : "ended under a second in: Asterisk keeps nothing that short");
                return over;
            case AgentLegInput leg when !agentLegs.ContainsKey(leg.LegId):
                // Cancelled while its answer was on the way.
                return null;
            case AgentAnswered answered:
                transcript.Line("agent", "the agent answers");
                return answered;
            case AgentLegFailed failed:
                agentLegs.Remove(failed.LegId);
                transcript.Line("agent", "no answer from the agent");
                return failed;
            case IgnoredKey ignored:
                transcript.Line("press", $"{ignored.Character} ignored: the keys are 0-9, * and #; q hangs up");
                return null;
            case CallEnded end:
                ended = true;
                transcript.Line("end", end.Reason == CallEndReason.WeHungUp ? "the flow hung up" : "you hung up");
                Dispose();
                return end;
            default:
                return input;
        }
    }

    public void Dispose()
    {
        foreach (var timer in timers)
        {
            timer.Dispose();
        }
        timers.Clear();
    }

    private void Start(Playback playback)
    {
        current = playback;
        var heard = playback.Heard;
        transcript.Line("hear", heard.Words);
        var outcome = heard.Missing.Count > 0 ? PromptOutcome.Failed : PromptOutcome.Done;
        var lasts = heard.Length * speed;
        if (lasts <= TimeSpan.Zero)
        {
            Finish(playback.Id, outcome);
        }
        else
        {
            playback.Timer = Post(new PromptFinished(playback.Id, outcome), lasts);
        }
    }

    private void Finish(string playbackId, PromptOutcome outcome) => inbox.TryWrite(new PromptFinished(playbackId, outcome));

    private ITimer Post(CallInput input, TimeSpan after)
    {
        var timer = time.CreateTimer(_ => inbox.TryWrite(input), null, after, Timeout.InfiniteTimeSpan);
        timers.Add(timer);
        return timer;
    }

    /// <summary>Asterisk reports a recording's length in whole seconds.</summary>
    private static TimeSpan WholeSeconds(TimeSpan length) => TimeSpan.FromSeconds(Math.Floor(length.TotalSeconds));

    private sealed class Playback(string id, HeardMedia heard)
    {
        public string Id { get; } = id;

        public HeardMedia Heard { get; } = heard;

        public ITimer? Timer { get; set; }

        public bool Stopped { get; set; }
    }

    private sealed record Recording(string Name, char? FinishKey, DateTimeOffset StartedAt, ITimer Timer);
}
