using CallCenter.Audio.Prompts.Building;

namespace CallCenter.Audio.Tests.Prompts.Building;

/// <summary>
/// Speaks a tone per language (English 300 Hz, Mandarin 500 Hz, 0.5 s) between 200 ms of silence before and 300 ms
/// after, at 22050 Hz as espeak-ng does; remembers what it was asked to say.
/// </summary>
internal sealed class FakeSynthesizer : ISpeechSynthesizer
{
    public const int SampleRate = 22050;

    public static readonly TimeSpan Sound = TimeSpan.FromMilliseconds(500);

    private static readonly Dictionary<string, double> Frequencies = new() { ["en"] = 300, ["zh"] = 500 };

    public List<(string Text, string Language)> Spoken { get; } = [];

    /// <summary>Part of the voice settings: changing it changes every fingerprint.</summary>
    public string Version { get; set; } = "1";

    /// <summary>Texts it fails on, as espeak-ng would on a broken voice.</summary>
    public HashSet<string> FailOn { get; } = [];

    /// <summary>After this many texts it behaves as if not installed.</summary>
    public int? UnavailableAfter { get; set; }

    public static double FrequencyOf(string language) => Frequencies[language];

    public string VoiceSettings(string language) =>
        Frequencies.ContainsKey(language) ? $"fake {language} {Version}" : throw new SpeechSynthesisException($"no fake voice for {language}");

    public Task<WavAudio> SpeakAsync(string text, string language, CancellationToken cancellationToken)
    {
        if (Spoken.Count >= UnavailableAfter)
        {
            throw new SynthesizerUnavailableException("fake-synth is not installed.");
        }
        VoiceSettings(language);
        if (FailOn.Contains(text))
        {
            throw new SpeechSynthesisException($"fake-synth failed on '{text}'.");
        }
        Spoken.Add((text, language));
        var samples = new List<double>();
        samples.AddRange(TestSignals.Constant(0, SampleRate / 5));
        samples.AddRange(TestSignals.Sine(Frequencies[language], (int)(SampleRate * Sound.TotalSeconds), SampleRate, 0.1));
        samples.AddRange(TestSignals.Constant(0, SampleRate * 3 / 10));
        return Task.FromResult(TestSignals.Mono(new WavFormat(SampleRate, 1, 16), [.. samples]));
    }
}
