namespace CallCenter.Ari.Models;

public sealed record Playback
{
    public string Id { get; init; } = "";
    public string MediaUri { get; init; } = "";
    public string? NextMediaUri { get; init; }

    /// <summary>"channel:{id}" or "bridge:{id}".</summary>
    public string TargetUri { get; init; } = "";
    public string? Language { get; init; }

    /// <summary>queued, playing, continuing, done or failed.</summary>
    public string State { get; init; } = "";
}
