namespace CallCenter.Audio.Prompts.Building;

/// <summary>The speech synthesizer cannot run at all, for any prompt: the message says what to install.</summary>
public sealed class SynthesizerUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);
