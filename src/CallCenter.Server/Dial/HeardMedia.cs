namespace CallCenter.Server.Dial;

/// <summary>What a caller hears from one playback, as text, and how long it plays.</summary>
/// <param name="Words">The words of every prompt in turn; a prompt that cannot play is named in brackets.</param>
/// <param name="Missing">The prompts that have no recording in the language: Asterisk would fail the playback.</param>
public sealed record HeardMedia(string Words, TimeSpan Length, IReadOnlyList<string> Missing);
