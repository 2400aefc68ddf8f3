using CallCenter.Audio;
using CallCenter.Audio.Prompts.Building;

namespace CallCenter.Server.Tests.Commands;

/// <summary>"Speaks" every text as a second of 440 Hz at 16 kHz, so `prompts build` can run without espeak-ng.</summary>
internal sealed class ToneSynthesizer : ISpeechSynthesizer
{
    public List<string> Spoken { get; } = [];

    public string VoiceSettings(string language) => $"tone {language}";

    public Task<WavAudio> SpeakAsync(string text, string language, CancellationToken cancellationToken)
    {
        Spoken.Add(text);
        return Task.FromResult(ToneGenerator.Sine(440, TimeSpan.FromSeconds(1), 0.3, 16000));
    }
}
