namespace CallCenter.Audio.Prompts.Building;

/// <summary>One text could not be spoken (no voice for its language, the synthesizer failed on it); others may be.</summary>
public sealed class SpeechSynthesisException(string message, Exception? innerException = null) : Exception(message, innerException);
