namespace CallCenter.Audio;

public sealed class InvalidWavException(string message) : Exception(message);
