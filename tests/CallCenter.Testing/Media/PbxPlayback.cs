using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Bridges;
using CallCenter.Testing.Channels;

namespace CallCenter.Testing.Media;

/// <summary>One ARI playback: a list of media items played in turn on a channel or into a bridge.</summary>
internal sealed class PbxPlayback
{
    public PbxPlayback(string id, IReadOnlyList<string> media, string language, PbxChannel? channel, PbxBridge? bridge, int skipMs, int offsetMs)
    {
        Id = id;
        Media = media;
        Language = language;
        Channel = channel;
        Bridge = bridge;
        SkipMs = skipMs;
        OffsetMs = offsetMs;
        TargetUri = channel is not null ? "channel:" + channel.Id : "bridge:" + bridge!.Id;
    }

    public string Id { get; }

    public IReadOnlyList<string> Media { get; }

    public string Language { get; }

    public PbxChannel? Channel { get; }

    public PbxBridge? Bridge { get; }

    public int SkipMs { get; }

    public int OffsetMs { get; }

    public string TargetUri { get; }

    public int Index { get; set; }

    public string CurrentMedia => Media[Index];

    public PlaybackState State { get; set; } = PlaybackState.Queued;

    public bool Controllable { get; set; }

    /// <summary>The current item plays until stopped (tone:).</summary>
    public bool Endless { get; set; }

    public ControlCommand? Command { get; set; }

    /// <summary>The media length of the current item after any offset.</summary>
    public TimeSpan ItemLength { get; set; }

    /// <summary>When the current item reaches its end, on the real clock (null while paused or endless).</summary>
    public DateTimeOffset? EndsAt { get; set; }

    /// <summary>Real time left when paused.</summary>
    public TimeSpan Remaining { get; set; }

    public ScheduledAction? EndTimer { get; set; }

    /// <summary>The phones hearing the current item.</summary>
    public List<FakePhoneCall> Listeners { get; } = [];

    public ChannelControl Queue => Channel?.Control ?? Bridge!.Announcer.Control;

    public bool IsLast => Index >= Media.Count - 1;

    public string StateName => State switch
    {
        PlaybackState.Queued => "queued",
        PlaybackState.Playing => "playing",
        PlaybackState.Paused => "paused",
        PlaybackState.Continuing => "continuing",
        PlaybackState.Failed => "failed",
        _ => "done",
    };
}
