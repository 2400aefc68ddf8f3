using CallCenter.Ari.Events;
using CallCenter.Ari.Rest;
using CallCenter.Core.Calls;
using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging;

namespace CallCenter.Telephony;

/// <summary>
/// The caller's line, driven through ARI REST. A channel that is already gone (404) or has left our
/// application (409) is not an error here: the session learns of the hangup from its own events.
/// </summary>
internal sealed class AriCallChannel(CallSession session, AriRestClient rest, TimeProvider time, ILogger logger) : ICallChannel
{
    private int playbacks;
    private int recordings;

    public string CallId => session.CallId;

    public async Task AnswerAsync(CancellationToken cancellationToken)
    {
        await Tolerate("answer", () => rest.Channels.AnswerAsync(session.ChannelId, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<string> PlayAsync(IReadOnlyList<string> media, string? language, CancellationToken cancellationToken)
    {
        var playbackId = $"{session.CallId}-pb{Interlocked.Increment(ref playbacks)}";
        // Claimed before the request: PlaybackStarted can arrive before the 201 does.
        session.Own(AriResourceKey.Playback(playbackId));
        session.PlaybackQueued(playbackId);
        var played = await Tolerate("play", () => rest.Channels.PlayAsync(session.ChannelId, playbackId, media, language, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (!played)
        {
            session.PlaybackGone(playbackId);
        }
        return playbackId;
    }

    public async Task StopPlaybackAsync(string playbackId, CancellationToken cancellationToken)
    {
        await Tolerate("stop playback", () => rest.Playbacks.StopAsync(playbackId, cancellationToken)).ConfigureAwait(false);
    }

    public async Task HangUpAsync(HangupCause cause, CancellationToken cancellationToken)
    {
        session.HangupRequested();
        var reason = cause switch
        {
            HangupCause.Busy => HangupReason.Busy,
            HangupCause.Congestion => HangupReason.Congestion,
            _ => HangupReason.Normal,
        };
        await Tolerate("hang up", () => rest.Channels.HangupAsync(session.ChannelId, reason, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<string> RecordAsync(RecordingRequest request, CancellationToken cancellationToken)
    {
        // Unique across calls and restarts: recordings outlive the call in Asterisk's spool.
        var name = $"{session.CallId}-rec{Interlocked.Increment(ref recordings)}";
        session.Own(AriResourceKey.Recording(name));
        session.RecordingStarted(name);
        var record = new RecordRequest(name)
        {
            MaxDurationSeconds = (int)Math.Ceiling(request.MaxLength.TotalSeconds),
            MaxSilenceSeconds = request.MaxSilence is { } silence ? (int)Math.Ceiling(silence.TotalSeconds) : null,
            Beep = request.Beep,
            IfExists = RecordingOverwrite.Overwrite,
            TerminateOn = request.FinishKey switch
            {
                '#' => RecordingTermination.Hash,
                '*' => RecordingTermination.Star,
                null => RecordingTermination.None,
                _ => RecordingTermination.Any,
            },
        };
        await Tolerate("record", () => rest.Channels.RecordAsync(session.ChannelId, record, cancellationToken)).ConfigureAwait(false);
        return name;
    }

    public async Task StopRecordingAsync(string recordingName, CancellationToken cancellationToken)
    {
        await Tolerate("stop recording", () => rest.Recordings.StopLiveAsync(recordingName, cancellationToken)).ConfigureAwait(false);
    }

    public async Task DeleteRecordingAsync(string recordingName, CancellationToken cancellationToken)
    {
        await Tolerate("delete recording", () => rest.Recordings.DeleteStoredAsync(recordingName, cancellationToken)).ConfigureAwait(false);
    }

    public IDisposable StartTimer(TimeSpan delay, string name) =>
        time.CreateTimer(_ => session.Post(new TimerElapsed(name)), null, delay, Timeout.InfiniteTimeSpan);

    private async Task<bool> Tolerate(string what, Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
            return true;
        }
        catch (AriException exception) when (exception is AriNotFoundException or AriConflictException)
        {
            logger.LogDebug("Could not {Action}: the channel is gone or no longer ours ({Status})", what, exception.StatusCode);
            return false;
        }
    }
}
