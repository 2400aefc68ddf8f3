using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Bridges;
using CallCenter.Testing.Channels;

namespace CallCenter.Testing.Media;

/// <summary>A live recording of a channel or a bridge.</summary>
internal sealed class PbxRecording
{
    public PbxRecording(string name, string format, PbxChannel? channel, PbxBridge? bridge)
    {
        Name = name;
        Format = format;
        Channel = channel;
        Bridge = bridge;
        TargetUri = channel is not null ? "channel:" + channel.Id : "bridge:" + bridge!.Id;
    }

    public string Name { get; }

    public string Format { get; }

    public string TargetUri { get; }

    public PbxChannel? Channel { get; }

    public PbxBridge? Bridge { get; }

    public int MaxDurationSeconds { get; init; }

    public int MaxSilenceSeconds { get; init; }

    public string IfExists { get; init; } = "fail";

    public bool Beep { get; init; }

    /// <summary>"none", "any", "#" or "*".</summary>
    public string TerminateOn { get; init; } = "none";

    public RecordingState State { get; set; } = RecordingState.Queued;

    public int Duration { get; set; } = -1;

    public int EnergyOnly { get; set; } = -1;

    public string? FailureCause { get; set; }

    public bool Canceled { get; set; }

    public ControlCommand? Command { get; set; }

    /// <summary>The real-time start of the segment being captured, null when not capturing (beep, pause).</summary>
    public DateTimeOffset? SegmentStart { get; set; }

    public List<(DateTimeOffset Start, DateTimeOffset End)> Segments { get; } = [];

    public DateTimeOffset? MutedSince { get; set; }

    public List<(DateTimeOffset Start, DateTimeOffset End)> MutedIntervals { get; } = [];

    public bool StoppedBySilence { get; set; }

    public ScheduledAction? BeepTimer { get; set; }

    public ScheduledAction? LimitTimer { get; set; }

    public ScheduledAction? SilenceTimer { get; set; }

    public string StateName => State switch
    {
        RecordingState.Queued => "queued",
        RecordingState.Recording => "recording",
        RecordingState.Paused => "paused",
        RecordingState.Complete => "done",
        RecordingState.Failed => "failed",
        _ => "canceled",
    };

    public TimeSpan CapturedReal(DateTimeOffset now)
    {
        var total = TimeSpan.Zero;
        foreach (var (start, end) in Segments)
        {
            total += end - start;
        }
        if (SegmentStart is { } open)
        {
            total += now - open;
        }
        return total;
    }

    public bool Accepts(char digit) => TerminateOn switch
    {
        "any" => true,
        "#" => digit == '#',
        "*" => digit == '*',
        _ => false,
    };
}
