using System.Buffers.Binary;
using CallCenter.Audio;
using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Channels;
using CallCenter.Testing.Stasis;

namespace CallCenter.Testing.Media;

/// <summary>
/// res_stasis_recording over ast_play_and_record: RecordingStarted, an optional beep, then capture until a
/// terminating key, the duration limit, the silence limit, a hangup or a stop; the file is a real 8 kHz WAV
/// holding silence where the phone was quiet and a tone where it spoke.
/// </summary>
internal sealed class RecordingEngine
{
    private const double ToneHz = 440;
    private static readonly TimeSpan SilenceKept = TimeSpan.FromMilliseconds(200);
    private readonly Pbx _pbx;

    public RecordingEngine(Pbx pbx) => _pbx = pbx;

    public void Start(PbxRecording recording)
    {
        _pbx.LiveRecordings[recording.Name] = recording;
        if (recording.Channel is { } channel)
        {
            channel.ActiveRecording = recording;
        }
        var queue = recording.Channel?.Control ?? recording.Bridge!.Announcer.Control;
        var command = new ControlCommand("record", _ => Run(recording), () => Forget(recording));
        recording.Command = command;
        queue.Enqueue(command);
    }

    public RecordingOperationResult Operate(PbxRecording recording, string operation)
    {
        switch (recording.State, operation)
        {
            case (RecordingState.Queued, "cancel" or "stop"):
                // recording_disregard: the state changes, yet record_file starts the recording anyway when its turn comes.
                recording.State = RecordingState.Canceled;
                return RecordingOperationResult.Ok;
            case (RecordingState.Recording or RecordingState.Paused, "cancel"):
                recording.Canceled = true;
                Finish(recording);
                return RecordingOperationResult.Ok;
            case (RecordingState.Recording or RecordingState.Paused, "stop"):
                Finish(recording);
                return RecordingOperationResult.Ok;
            case (RecordingState.Recording, "pause"):
                Suspend(recording);
                recording.State = RecordingState.Paused;
                return RecordingOperationResult.Ok;
            case (RecordingState.Paused, "unpause"):
                recording.State = RecordingState.Recording;
                Publish(recording);
                Capture(recording);
                return RecordingOperationResult.Ok;
            case (RecordingState.Recording, "unpause"):
            case (RecordingState.Paused, "pause"):
                return RecordingOperationResult.Ok;
            case (RecordingState.Recording or RecordingState.Paused, "mute"):
                recording.MutedSince ??= _pbx.Clock.Now;
                return RecordingOperationResult.Ok;
            case (RecordingState.Recording or RecordingState.Paused, "unmute"):
                if (recording.MutedSince is { } since)
                {
                    recording.MutedIntervals.Add((since, _pbx.Clock.Now));
                    recording.MutedSince = null;
                }
                return RecordingOperationResult.Ok;
            default:
                return RecordingOperationResult.NotRecording;
        }
    }

    /// <summary>A key press on a recorded channel: the terminating key ends the recording (the event was already sent).</summary>
    public void Dtmf(PbxChannel channel, char digit)
    {
        if (channel.ActiveRecording is { State: RecordingState.Recording, SegmentStart: not null } recording && recording.Accepts(digit))
        {
            Finish(recording);
        }
    }

    /// <summary>The phone on a recorded channel started or stopped speaking: re-arm the silence limit.</summary>
    public void SpeechChanged(PbxChannel channel)
    {
        if (channel.ActiveRecording is { } recording)
        {
            ArmSilence(recording);
        }
        if (channel.Bridge is { } bridge)
        {
            foreach (var live in _pbx.LiveRecordings.Values.Where(r => ReferenceEquals(r.Bridge, bridge)).ToList())
            {
                ArmSilence(live);
            }
        }
    }

    /// <summary>The recorded channel hung up: what was captured is kept and the recording finishes as done.</summary>
    public void Hangup(PbxChannel channel)
    {
        if (channel.ActiveRecording is { } recording && recording.State is RecordingState.Recording or RecordingState.Paused)
        {
            Finish(recording);
        }
    }

    /// <summary>The Recorder channel goes with its bridge: what was captured is kept.</summary>
    public void BridgeDestroyed(Bridges.PbxBridge bridge)
    {
        foreach (var recording in _pbx.LiveRecordings.Values.Where(r => ReferenceEquals(r.Bridge, bridge)).ToList())
        {
            if (recording.State is RecordingState.Recording or RecordingState.Paused)
            {
                Finish(recording);
            }
        }
    }

    private void Run(PbxRecording recording)
    {
        if (recording.Channel is { } channel)
        {
            if (channel.Bridge is not null)
            {
                recording.State = RecordingState.Failed;
                recording.FailureCause = "Cannot record channel while in bridge";
                Publish(recording);
                Done(recording);
                return;
            }
            if (!channel.IsUp)
            {
                _pbx.Lifecycle.SetUp(channel);
            }
        }
        recording.State = RecordingState.Recording;
        Publish(recording);
        if (recording.Beep)
        {
            recording.BeepTimer = _pbx.Clock.AfterMedia(_pbx.Options.BeepDuration, () =>
            {
                recording.BeepTimer = null;
                Capture(recording);
            });
        }
        else
        {
            Capture(recording);
        }
    }

    private void Capture(PbxRecording recording)
    {
        if (recording.State != RecordingState.Recording || recording.SegmentStart is not null)
        {
            return;
        }
        var now = _pbx.Clock.Now;
        recording.SegmentStart = now;
        if (recording.MaxDurationSeconds > 0)
        {
            var left = _pbx.Clock.MediaToReal(TimeSpan.FromSeconds(recording.MaxDurationSeconds)) - recording.CapturedReal(now);
            recording.LimitTimer = _pbx.Clock.After(left, () =>
            {
                recording.LimitTimer = null;
                Finish(recording);
            });
        }
        ArmSilence(recording);
    }

    private void Suspend(PbxRecording recording)
    {
        if (recording.SegmentStart is { } start)
        {
            recording.Segments.Add((start, _pbx.Clock.Now));
            recording.SegmentStart = null;
        }
        recording.LimitTimer?.Dispose();
        recording.LimitTimer = null;
        recording.SilenceTimer?.Dispose();
        recording.SilenceTimer = null;
    }

    private void ArmSilence(PbxRecording recording)
    {
        recording.SilenceTimer?.Dispose();
        recording.SilenceTimer = null;
        if (recording.MaxSilenceSeconds <= 0 || recording.SegmentStart is not { } segmentStart)
        {
            return;
        }
        var now = _pbx.Clock.Now;
        if (Speakers(recording).Any(p => p.IsSpeakingAt(now)))
        {
            return;
        }
        var lastSound = LastSoundEnd(recording, now) ?? segmentStart;
        if (lastSound < segmentStart)
        {
            lastSound = segmentStart;
        }
        var due = lastSound + _pbx.Clock.MediaToReal(TimeSpan.FromSeconds(recording.MaxSilenceSeconds)) - now;
        recording.SilenceTimer = _pbx.Clock.After(due, () =>
        {
            recording.SilenceTimer = null;
            recording.StoppedBySilence = true;
            Finish(recording);
        });
    }

    private void Finish(PbxRecording recording)
    {
        recording.BeepTimer?.Dispose();
        recording.BeepTimer = null;
        Suspend(recording);
        if (recording.MutedSince is { } since)
        {
            recording.MutedIntervals.Add((since, _pbx.Clock.Now));
            recording.MutedSince = null;
        }
        Save(recording);
        recording.State = RecordingState.Complete;
        Publish(recording);
        Done(recording);
    }

    private void Done(PbxRecording recording)
    {
        Forget(recording);
        var queue = recording.Channel?.Control ?? recording.Bridge!.Announcer.Control;
        if (recording.Command is { } command)
        {
            queue.Complete(command);
        }
    }

    private void Forget(PbxRecording recording)
    {
        if (_pbx.LiveRecordings.TryGetValue(recording.Name, out var live) && ReferenceEquals(live, recording))
        {
            _pbx.LiveRecordings.Remove(recording.Name);
        }
        if (recording.Channel is { } channel && ReferenceEquals(channel.ActiveRecording, recording))
        {
            channel.ActiveRecording = null;
        }
    }

    private void Save(PbxRecording recording)
    {
        var path = _pbx.Storage.PathFor(recording.Name, recording.Format);
        if (path is null)
        {
            return;
        }
        if (recording.Canceled)
        {
            File.Delete(path);
            recording.Duration = 0;
            return;
        }
        var rate = recording.Format is "wav16" or "sln16" ? 16000 : 8000;
        var speakers = Speakers(recording).ToList();
        var speech = speakers.SelectMany(p => p.SpeechIntervals).ToList();
        var samples = Render(recording, speech, rate, out var talking);
        recording.Duration = samples.Length / rate;
        if (recording.MaxSilenceSeconds > 0)
        {
            recording.EnergyOnly = Math.Min(recording.Duration, (int)talking.TotalSeconds);
        }
        if (recording.IfExists == "append" && File.Exists(path))
        {
            samples = [.. Existing(path, recording.Format), .. samples];
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (recording.Format is "sln" or "raw" or "sln16")
        {
            var bytes = new byte[samples.Length * 2];
            for (var i = 0; i < samples.Length; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), samples[i]);
            }
            File.WriteAllBytes(path, bytes);
        }
        else
        {
            WavWriter.Write(path, WavAudio.FromSamples(samples, rate));
        }
    }

    private short[] Render(PbxRecording recording, List<(DateTimeOffset Start, DateTimeOffset End)> speech, int rate, out TimeSpan talking)
    {
        var clock = _pbx.Clock;
        var media = clock.RealToMedia(recording.Segments.Aggregate(TimeSpan.Zero, (sum, s) => sum + (s.End - s.Start)));
        talking = TimeSpan.Zero;
        var toneRanges = new List<(TimeSpan From, TimeSpan To)>();
        var offset = TimeSpan.Zero;
        var lastSound = TimeSpan.Zero;
        foreach (var (start, end) in recording.Segments)
        {
            foreach (var (speakFrom, speakTo) in speech)
            {
                var from = speakFrom > start ? speakFrom : start;
                var to = speakTo < end ? speakTo : end;
                if (to <= from)
                {
                    continue;
                }
                var mediaFrom = offset + clock.RealToMedia(from - start);
                var mediaTo = offset + clock.RealToMedia(to - start);
                toneRanges.Add((mediaFrom, mediaTo));
                talking += mediaTo - mediaFrom;
                lastSound = mediaTo > lastSound ? mediaTo : lastSound;
            }
            offset += clock.RealToMedia(end - start);
        }
        if (recording.StoppedBySilence && lastSound + SilenceKept < media)
        {
            // ast_play_and_record trims the silence that ended the recording, keeping 200 ms of it.
            media = lastSound + SilenceKept;
        }
        var samples = new short[(int)(media.TotalSeconds * rate)];
        foreach (var (from, to) in toneRanges)
        {
            var first = (int)(from.TotalSeconds * rate);
            var last = Math.Min(samples.Length, (int)(to.TotalSeconds * rate));
            for (var i = first; i < last; i++)
            {
                samples[i] = (short)(Math.Sin(2 * Math.PI * ToneHz * i / rate) * 0.3 * short.MaxValue);
            }
        }
        Mute(recording, samples, rate);
        return samples;
    }

    private void Mute(PbxRecording recording, short[] samples, int rate)
    {
        var clock = _pbx.Clock;
        var offset = TimeSpan.Zero;
        foreach (var (start, end) in recording.Segments)
        {
            foreach (var (muteFrom, muteTo) in recording.MutedIntervals)
            {
                var from = muteFrom > start ? muteFrom : start;
                var to = muteTo < end ? muteTo : end;
                if (to <= from)
                {
                    continue;
                }
                var first = (int)((offset + clock.RealToMedia(from - start)).TotalSeconds * rate);
                var last = Math.Min(samples.Length, (int)((offset + clock.RealToMedia(to - start)).TotalSeconds * rate));
                if (first < last)
                {
                    Array.Clear(samples, first, last - first);
                }
            }
            offset += clock.RealToMedia(end - start);
        }
    }

    private static short[] Existing(string path, string format)
    {
        if (format is "sln" or "raw" or "sln16")
        {
            var bytes = File.ReadAllBytes(path);
            var raw = new short[bytes.Length / 2];
            for (var i = 0; i < raw.Length; i++)
            {
                raw[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(i * 2));
            }
            return raw;
        }
        var audio = WavReader.Read(path);
        var span = audio.Data.Span;
        var samples = new short[span.Length / 2];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(span[(i * 2)..]);
        }
        return samples;
    }

    private IEnumerable<FakePhoneCall> Speakers(PbxRecording recording)
    {
        if (recording.Channel?.Phone is { } phone)
        {
            return [phone];
        }
        return recording.Bridge is { } bridge ? bridge.Channels.Select(c => c.Phone).OfType<FakePhoneCall>() : [];
    }

    private DateTimeOffset? LastSoundEnd(PbxRecording recording, DateTimeOffset now)
    {
        DateTimeOffset? last = null;
        foreach (var phone in Speakers(recording))
        {
            foreach (var (_, end) in phone.SpeechIntervals)
            {
                if (end <= now && (last is null || end > last))
                {
                    last = end;
                }
            }
        }
        return last;
    }

    private void Publish(PbxRecording recording)
    {
        var type = recording.State switch
        {
            RecordingState.Recording => "RecordingStarted",
            RecordingState.Complete or RecordingState.Canceled => "RecordingFinished",
            RecordingState.Failed => "RecordingFailed",
            _ => null,
        };
        if (type is null)
        {
            return;
        }
        var scope = recording.Channel is { } channel ? EventScope.OfChannel(channel) : EventScope.OfBridge(recording.Bridge!);
        _pbx.Events.Emit(scope, type, w =>
        {
            w.WritePropertyName("recording");
            AriJson.WriteLiveRecording(w, recording);
        });
    }
}
