using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CallCenter.Audio.Conversion;
using CallCenter.Audio.Editing;

namespace CallCenter.Audio.Prompts.Building;

/// <summary>Makes a manifest entry's WAV: speech converted, levelled and trimmed, segments joined; tones rendered and levelled.</summary>
public sealed class PromptRenderer(ISpeechSynthesizer synthesizer, PromptRecipe? recipe = null)
{
    private readonly PromptRecipe recipe = recipe ?? PromptRecipe.Default;

    /// <param name="language">The manifest's language: the voice of segments without a tag of their own.</param>
    /// <returns>Audio in <see cref="WavFormat.Telephony"/>.</returns>
    public async Task<WavAudio> RenderAsync(PromptEntry entry, string language, CancellationToken cancellationToken)
    {
        switch (entry)
        {
            case TonePrompt tone:
                return TelephonyConverter.Convert(tone.Render(), recipe.Volume);
            case SpokenPrompt spoken:
                var parts = new List<WavAudio>();
                foreach (var segment in spoken.Segments)
                {
                    var speech = await synthesizer.SpeakAsync(segment.Text, segment.Language ?? language, cancellationToken).ConfigureAwait(false);
                    var levelled = TelephonyConverter.Convert(speech, recipe.Volume);
                    parts.Add(SilenceTrimmer.Trim(levelled, recipe.Margin, recipe.SilenceThresholdDbfs));
                }
                return AudioJoiner.Join(parts, recipe.SegmentPause);
            default:
                throw new ArgumentException($"'{entry.Name}' is a {entry.GetType().Name}, which cannot be rendered.", nameof(entry));
        }
    }

    /// <summary>
    /// A hash of everything the WAV is made from — what the entry says, the voices that say it and the recipe — so an
    /// unchanged fingerprint means an unchanged file.
    /// </summary>
    /// <exception cref="SpeechSynthesisException">No voice speaks one of its segments' languages.</exception>
    public string Fingerprint(PromptEntry entry, string language)
    {
        var source = new StringBuilder().Append("recipe: ").AppendLine(recipe.Describe());
        switch (entry)
        {
            case TonePrompt tone:
                source.AppendLine(string.Create(CultureInfo.InvariantCulture, $"tone {tone.FrequencyHz} Hz {tone.Duration.TotalMilliseconds} ms"));
                break;
            case SpokenPrompt spoken:
                foreach (var segment in spoken.Segments)
                {
                    source.Append("voice: ").AppendLine(synthesizer.VoiceSettings(segment.Language ?? language));
                    source.Append("text: ").AppendLine(segment.Text);
                }
                break;
            default:
                throw new ArgumentException($"'{entry.Name}' is a {entry.GetType().Name}, which cannot be rendered.", nameof(entry));
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source.ToString())));
    }
}
