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
    private Playback? current;
    private Recording? recording;
    private int playbacks;
    private int recordings;
    private bool ended;

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
