namespace CallCenter.Audio.Prompts;

/// <summary>A prompt that is a plain sine tone, such as the beep before a recording.</summary>
public sealed record TonePrompt(string Name, int Line, double FrequencyHz, TimeSpan Duration) : PromptEntry(Name, Line)
{
    /// <summary>The tone in <see cref="WavFormat.Telephony"/>, at half of full scale.</summary>
    public WavAudio Render() => ToneGenerator.Sine(FrequencyHz, Duration);
}
