namespace CallCenter.Testing;

/// <summary>One media item a simulated phone heard (or was meant to hear).</summary>
/// <param name="PlaybackId">The ARI playback id.</param>
/// <param name="MediaUri">The media item, e.g. "sound:welcome" or "digits:12".</param>
/// <param name="TargetUri">"channel:ID" or "bridge:ID".</param>
/// <param name="Language">The language the media was looked up in.</param>
/// <param name="StartedAt">When it started playing.</param>
/// <param name="FinishedAt">When it ended, null while playing.</param>
/// <param name="Outcome">How it ended.</param>
public sealed record PlaybackRecord(
    string PlaybackId,
    string MediaUri,
    string TargetUri,
    string Language,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    PlaybackOutcome Outcome);
