namespace CallCenter.Core.Calls;

/// <summary>How to record a voice message.</summary>
/// <param name="MaxLength">The longest message kept; recording stops there.</param>
/// <param name="FinishKey">The key that ends the message ('#'), or null for none.</param>
/// <param name="Beep">Whether the caller hears a beep first.</param>
/// <param name="MaxSilence">Stop after this much silence, or null to keep recording.</param>
public sealed record RecordingRequest(TimeSpan MaxLength, char? FinishKey = '#', bool Beep = true, TimeSpan? MaxSilence = null);
