using System.Globalization;
using System.Text;
using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Channels;

namespace CallCenter.Testing;

/// <summary>
/// One SIP phone's side of a call through the fake: what it heard and what happened to it, plus what it can do
/// (press keys, speak, hang up). Every wait takes a real-time timeout, whatever clock the fake runs on.
/// </summary>
public abstract class FakePhoneCall
{
    private const string DtmfDigits = "0123456789*#ABCD";
    private readonly List<PlaybackRecord> _playbacks = [];
    private readonly Dictionary<(string Id, int Index), int> _playing = [];
    private readonly List<string> _bridges = [];
    private readonly List<(DateTimeOffset Start, DateTimeOffset End)> _speech = [];
    private readonly StringBuilder _dtmfReceived = new();
    private readonly List<TaskCompletionSource> _actions = [];
    private readonly ConditionWaiters _waiters;
    private DateTimeOffset? _answeredAt;
    private DateTimeOffset? _hungUpAt;
    private HangupParty? _hungUpBy;
    private int? _hangupCause;
    private string? _hangupReason;
    private string? _bridgeId;
    private string? _music;

    private protected FakePhoneCall(Pbx pbx, PbxChannel channel)
    {
        Pbx = pbx;
        Channel = channel;
        ChannelId = channel.Id;
        ChannelName = channel.Name;
        _waiters = new ConditionWaiters(pbx.Sync);
    }

    /// <summary>The ARI channel id of this phone's channel.</summary>
    public string ChannelId { get; }

    /// <summary>The channel name, e.g. "PJSIP/caller-00000000".</summary>
    public string ChannelName { get; }

    /// <summary>The channel state ("Ring", "Ringing", "Up"…), or "Down" once the call is over.</summary>
    public string ChannelState => Locked(() => IsHungUpLocked ? ChannelStates.Down : Channel.State);

    public bool IsAnswered => Locked(() => _answeredAt is not null);

    public DateTimeOffset? AnsweredAt => Locked(() => _answeredAt);

    public bool IsHungUp => Locked(() => IsHungUpLocked);

    public DateTimeOffset? HungUpAt => Locked(() => _hungUpAt);

    /// <summary>Who ended the call, null while it lasts.</summary>
    public HangupParty? HungUpBy => Locked(() => _hungUpBy);

    /// <summary>The Q.850 cause: for <see cref="HangupParty.Application"/> the one its reason maps to (busy → 17).</summary>
    public int? HangupCause => Locked(() => _hangupCause);

    /// <summary>The reason (or reason_code) the application gave in DELETE /channels/{id}, if it gave one.</summary>
    public string? HangupReason => Locked(() => _hangupReason);

    /// <summary>Every media item played to this phone, in order, including bridge announcements.</summary>
    public IReadOnlyList<PlaybackRecord> PlaybackHistory => Locked(() => _playbacks.ToArray());

    /// <summary>Every bridge the channel entered, in order.</summary>
    public IReadOnlyList<string> BridgeHistory => Locked(() => _bridges.ToArray());

    /// <summary>The bridge the channel is in now.</summary>
    public string? BridgeId => Locked(() => _bridgeId);

    public bool IsHearingMusicOnHold => Locked(() => _music is not null);

    public string? MusicOnHoldClass => Locked(() => _music);

    /// <summary>Whether Asterisk is sending ringback (POST /channels/{id}/ring).</summary>
    public bool IsRingbackIndicated => Locked(() => !IsHungUpLocked && Channel.RingbackIndicated);

    public bool IsOnHold => Locked(() => !IsHungUpLocked && Channel.OnHold);

    /// <summary>The muted direction ("in", "out", "both"), or null.</summary>
    public string? Muted => Locked(() => IsHungUpLocked ? null : Channel.Muted);

    public bool IsSilenced => Locked(() => !IsHungUpLocked && Channel.Silenced);

    /// <summary>Digits the application sent to this phone with POST /channels/{id}/dtmf.</summary>
    public string DtmfReceived => Locked(() => _dtmfReceived.ToString());

    internal PbxChannel Channel { get; }

    private protected Pbx Pbx { get; }

    internal IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> SpeechIntervals => _speech;

    private bool IsHungUpLocked => _hungUpBy is not null;

    /// <summary>Presses keys one after another (RFC 4733): each sends ChannelDtmfReceived when released.</summary>
    public Task PressAsync(string digits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var invalid = digits.FirstOrDefault(d => !DtmfDigits.Contains(d, StringComparison.Ordinal));
        if (invalid != default)
        {
            throw new ArgumentException($"'{invalid}' is not a DTMF key; keys are {DtmfDigits}.", nameof(digits));
        }
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (Pbx.Sync)
        {
            _actions.Add(done);
            PressFrom(digits, 0, done);
        }
        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Talks for <paramref name="duration"/> of media time: a recording of this channel hears a tone, not silence.</summary>
    public Task SpeakAsync(TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (Pbx.Sync)
        {
            if (IsHungUpLocked)
            {
                return Task.CompletedTask;
            }
            _actions.Add(done);
            var now = Pbx.Clock.Now;
            var real = Pbx.Clock.MediaToReal(duration);
            _speech.Add((now, now + real));
            Pbx.Recorder.SpeechChanged(Channel);
            Pbx.Clock.After(real, () =>
            {
                if (!Channel.Destroyed)
                {
                    Pbx.Recorder.SpeechChanged(Channel);
                }
                _actions.Remove(done);
                done.TrySetResult();
            });
        }
        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Hangs up (sends BYE); <paramref name="cause"/> is the Q.850 cause the BYE carries, if any.</summary>
    public abstract Task HangUpAsync(int? cause = null);

    public Task WaitForAnswerAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitAsync(() => _answeredAt is not null, "be answered", timeout, cancellationToken);

    public Task WaitForHangupAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitAsync(() => IsHungUpLocked, "hang up", timeout, cancellationToken);

    public Task WaitForBridgeAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitAsync(() => _bridgeId is not null, "enter a bridge", timeout, cancellationToken);

    public Task WaitForMusicOnHoldAsync(TimeSpan timeout, bool playing = true, CancellationToken cancellationToken = default) =>
        WaitAsync(() => (_music is not null) == playing, playing ? "hear music on hold" : "stop hearing music on hold", timeout, cancellationToken);

    /// <summary>Waits until <paramref name="mediaUri"/> starts playing to this phone (an earlier play counts).</summary>
    public async Task<PlaybackRecord> WaitForPlaybackStartedAsync(string mediaUri, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        await WaitAsync(() => _playbacks.Exists(p => p.MediaUri == mediaUri), $"hear {mediaUri}", timeout, cancellationToken).ConfigureAwait(false);
        return Locked(() => _playbacks.First(p => p.MediaUri == mediaUri));
    }

    /// <summary>Waits until <paramref name="mediaUri"/> has finished playing to this phone, however it ended.</summary>
    public async Task<PlaybackRecord> WaitForPlaybackFinishedAsync(string mediaUri, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        await WaitAsync(() => _playbacks.Exists(p => p.MediaUri == mediaUri && p.Outcome != PlaybackOutcome.Playing), $"finish hearing {mediaUri}", timeout, cancellationToken).ConfigureAwait(false);
        return Locked(() => _playbacks.First(p => p.MediaUri == mediaUri && p.Outcome != PlaybackOutcome.Playing));
    }

    /// <summary>Waits until <paramref name="condition"/> (which may read this call's properties) holds.</summary>
    public Task WaitUntilAsync(Func<FakePhoneCall, bool> condition, string description, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return WaitAsync(() => condition(this), description, timeout, cancellationToken);
    }

    public override string ToString() => Locked(Describe);

    internal bool IsSpeakingAt(DateTimeOffset time) => _speech.Exists(s => s.Start <= time && time < s.End);

    internal void OnAnswered(DateTimeOffset at)
    {
        _answeredAt ??= at;
        OnChanged();
    }

    internal virtual void OnHungUp(HangupParty by, int? cause, string? reason)
    {
        if (_hungUpBy is not null)
        {
            return;
        }
        _hungUpBy = by;
        _hungUpAt = Pbx.Clock.Now;
        _hangupCause = cause;
        _hangupReason = reason;
        _bridgeId = null;
        _music = null;
        foreach (var index in _playing.Values)
        {
            _playbacks[index] = _playbacks[index] with { FinishedAt = _hungUpAt, Outcome = PlaybackOutcome.Failed };
        }
        _playing.Clear();
        foreach (var action in _actions)
        {
            action.TrySetResult();
        }
        _actions.Clear();
        OnChanged();
    }

    internal virtual void OnStasis(string? application, IReadOnlyList<string> arguments) => OnChanged();

    internal virtual void OnStasisFailed() => OnChanged();

    internal void OnPlaybackStarted(PlaybackRecord record, int index)
    {
        _playing[(record.PlaybackId, index)] = _playbacks.Count;
        _playbacks.Add(record);
        OnChanged();
    }

    internal void OnPlaybackEnded(string playbackId, int index, DateTimeOffset at, PlaybackOutcome outcome)
    {
        if (_playing.Remove((playbackId, index), out var position))
        {
            _playbacks[position] = _playbacks[position] with { FinishedAt = at, Outcome = outcome };
            OnChanged();
        }
    }

    internal void OnBridge(string? bridgeId)
    {
        _bridgeId = bridgeId;
        if (bridgeId is not null)
        {
            _bridges.Add(bridgeId);
        }
        OnChanged();
    }

    internal void OnMusicOnHold(string? mohClass)
    {
        _music = mohClass;
        OnChanged();
    }

    internal void OnDtmfFromApplication(string digits)
    {
        _dtmfReceived.Append(digits);
        OnChanged();
    }

    internal void OnChanged() => _waiters.Check();

    private protected T Locked<T>(Func<T> read)
    {
        lock (Pbx.Sync)
        {
            return read();
        }
    }

    private protected virtual string Describe()
    {
        var state = IsHungUpLocked ? $"hung up by {_hungUpBy} (cause {_hangupCause?.ToString(CultureInfo.InvariantCulture) ?? "none"})" : Channel.State;
        var heard = _playbacks.Count == 0 ? "nothing" : string.Join(", ", _playbacks.Select(p => $"{p.MediaUri} ({p.Outcome})"));
        return $"{ChannelName} [{ChannelId}]: {state}, answered {(_answeredAt is null ? "no" : "yes")}, bridge {_bridgeId ?? "none"}, heard {heard}";
    }

    private protected Task WaitAsync(Func<bool> condition, string what, TimeSpan timeout, CancellationToken cancellationToken) =>
        _waiters.WaitAsync(condition, timeout, () => $"{ChannelName} did not {what} within {timeout.TotalSeconds:0.###} s. {Describe()}", cancellationToken);

    private void PressFrom(string digits, int index, TaskCompletionSource done)
    {
        if (index >= digits.Length || IsHungUpLocked)
        {
            _actions.Remove(done);
            done.TrySetResult();
            return;
        }
        var duration = Pbx.Options.DtmfDuration;
        Pbx.Clock.After(duration, () =>
        {
            if (Channel.Destroyed || Channel.HangingUp)
            {
                done.TrySetResult();
                return;
            }
            var digit = digits[index];
            Pbx.Lifecycle.Emit(Channel, "ChannelDtmfReceived", w =>
            {
                w.WriteString("digit", digit.ToString());
                w.WriteNumber("duration_ms", (int)duration.TotalMilliseconds);
            });
            Pbx.Recorder.Dtmf(Channel, digit);
            if (index + 1 >= digits.Length)
            {
                _actions.Remove(done);
                done.TrySetResult();
                return;
            }
            Pbx.Clock.After(Pbx.Options.DtmfGap, () => PressFrom(digits, index + 1, done));
        });
    }
}
