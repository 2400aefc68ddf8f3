namespace CallCenter.Audio.Prompts;

/// <summary>Part of a spoken prompt said in one voice.</summary>
/// <param name="Language">
/// The language whose voice speaks it, as the manifest's <c>[zh]</c> tag names it; null for the manifest's own language.
/// </param>
public sealed record SpeechSegment(string? Language, string Text);
