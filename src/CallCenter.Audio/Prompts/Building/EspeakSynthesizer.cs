using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CallCenter.Audio.Prompts.Building;

/// <summary>
/// Speaks with espeak-ng (Debian package <c>espeak-ng</c>): <c>en-us</c> for English, <c>cmn-latn-pinyin</c> for
/// Mandarin — espeak-ng 1.51's plain <c>cmn</c> voice reads many characters as pinyin with English tone numbers.
/// </summary>
public sealed class EspeakSynthesizer : ISpeechSynthesizer
{
    public const string DebianPackage = "espeak-ng";

    // English a little slower than espeak-ng's 175 words a minute, for callers on a phone line; Mandarin, whose
    // "words" are syllables, a little faster, or it drags.
    private const int EnglishSpeed = 160;

    private const int MandarinSpeed = 180;

    private readonly string executable;

    private readonly IReadOnlyDictionary<string, EspeakVoice> voices;

    /// <param name="executable">The program to run, found on PATH unless it is a path.</param>
    /// <param name="voices">The voice per language; English and Mandarin when null.</param>
    public EspeakSynthesizer(string executable = "espeak-ng", IReadOnlyDictionary<string, EspeakVoice>? voices = null)
    {
        this.executable = executable;
        this.voices = voices ?? new Dictionary<string, EspeakVoice>(StringComparer.Ordinal)
        {
            ["en"] = new("en-us", EnglishSpeed),
            ["zh"] = new("cmn-latn-pinyin", MandarinSpeed),
        };
    }

    public string VoiceSettings(string language)
    {
        var voice = VoiceFor(language);
        return string.Create(CultureInfo.InvariantCulture, $"espeak-ng -v {voice.Name} -s {voice.WordsPerMinute}");
    }

    public async Task<WavAudio> SpeakAsync(string text, string language, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var voice = VoiceFor(language);
        var start = new ProcessStartInfo(executable)
        {
            // The text goes through standard input, so no text can be taken for an option.
            ArgumentList = { "-v", voice.Name, "-s", voice.WordsPerMinute.ToString(CultureInfo.InvariantCulture), "-b", "1", "--stdout" },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        using var process = StartOrExplain(start);
        try
        {
            using var speech = new MemoryStream();
            var reading = process.StandardOutput.BaseStream.CopyToAsync(speech, cancellationToken);
            var complaints = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.StandardInput.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // It stopped reading: its exit code and complaints below say why.
            }
            await reading.ConfigureAwait(false);
            var errorText = await complaints.ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (process.ExitCode != 0)
            {
                throw new SpeechSynthesisException($"espeak-ng -v {voice.Name} exited with code {process.ExitCode}: {errorText.Trim()}");
            }
            speech.Position = 0;
            try
            {
                return WavReader.Read(speech, "espeak-ng's output");
            }
            catch (InvalidWavException e)
            {
                throw new SpeechSynthesisException($"espeak-ng -v {voice.Name} wrote no usable WAV: {e.Message}", e);
            }
        }
        catch (OperationCanceledException)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            throw;
        }
    }

    private EspeakVoice VoiceFor(string language) =>
        voices.TryGetValue(language, out var voice)
            ? voice
            : throw new SpeechSynthesisException($"No espeak-ng voice is set for the language '{language}'; there are voices for {string.Join(", ", voices.Keys)}.");

    private Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new SynthesizerUnavailableException($"{executable} did not start.");
        }
        catch (Win32Exception e)
        {
            throw new SynthesizerUnavailableException(
                $"{executable} cannot be run ({e.Message}): install the Debian package {DebianPackage} (apt-get install {DebianPackage}).", e);
        }
    }
}
