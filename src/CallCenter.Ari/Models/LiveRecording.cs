namespace CallCenter.Ari.Models;

public sealed record LiveRecording
{
    public string Name { get; init; } = "";
    public string Format { get; init; } = "";
    public string TargetUri { get; init; } = "";

    /// <summary>queued, recording, paused, done, failed or canceled.</summary>
    public string State { get; init; } = "";

    /// <summary>Seconds recorded, present once the recording has finished.</summary>
    public int? Duration { get; init; }
    public int? TalkingDuration { get; init; }
    public int? SilenceDuration { get; init; }
    public string? Cause { get; init; }
}
