namespace CallCenter.Audio.Prompts.Building;

/// <summary>An espeak-ng voice and the speed it speaks at, in words per minute.</summary>
public sealed record EspeakVoice(string Name, int WordsPerMinute);
