namespace CallCenter.Audio.Prompts.Building;

/// <summary>Turns a prompt's text into speech in a language's voice.</summary>
public interface ISpeechSynthesizer
{
    /// <summary>
    /// Everything that decides how the language's voice sounds (program, voice, speed), as text: a prompt is made
    /// again when it changes.
    /// </summary>
    /// <exception cref="SpeechSynthesisException">No voice speaks the language.</exception>
    string VoiceSettings(string language);

    /// <returns>Speech in any format <see cref="WavReader"/> reads.</returns>
    /// <exception cref="SynthesizerUnavailableException">The synthesizer is not installed or cannot be started.</exception>
    /// <exception cref="SpeechSynthesisException">It could not speak this text.</exception>
    Task<WavAudio> SpeakAsync(string text, string language, CancellationToken cancellationToken);
}
