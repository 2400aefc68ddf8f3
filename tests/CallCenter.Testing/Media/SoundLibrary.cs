using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CallCenter.Audio;

namespace CallCenter.Testing.Media;

/// <summary>Finds sounds as Asterisk does ({lang}/NAME before NAME) and knows how long they play.</summary>
internal sealed partial class SoundLibrary
{
    private static readonly string[] Extensions = [".wav", ".sln", ".wav16", ".sln16"];
    private readonly string? _directory;
    private readonly TimeSpan? _missingDuration;
    private readonly ConcurrentDictionary<string, TimeSpan?> _durations = new(StringComparer.Ordinal);

    public SoundLibrary(string? directory, TimeSpan? missingDuration, TimeSpan symbolDuration)
    {
        _directory = directory is null ? null : Path.GetFullPath(directory);
        _missingDuration = missingDuration;
        SymbolDuration = symbolDuration;
    }

    public TimeSpan SymbolDuration { get; }

    /// <summary>The media length of sound:NAME, or null when Asterisk would not find it.</summary>
    public TimeSpan? FindSound(string name, string language)
    {
        var found = Lookup(name, language);
        if (found is not null)
        {
            return found;
        }
        var silence = SilenceFile().Match(name);
        if (silence.Success)
        {
            return TimeSpan.FromSeconds(int.Parse(silence.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
        return _missingDuration;
    }

    /// <summary>The length of one word of a spoken number or digit string, falling back to a fixed length.</summary>
    public TimeSpan Word(string file, string language) => Lookup(file, language) ?? SymbolDuration;

    private TimeSpan? Lookup(string name, string language)
    {
        if (_directory is null || name.Length == 0 || name.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }
        return _durations.GetOrAdd(language + "\n" + name, _ =>
        {
            foreach (var folder in string.IsNullOrEmpty(language) ? [""] : new[] { language, "" })
            {
                foreach (var extension in Extensions)
                {
                    var path = Path.Combine(_directory, folder, name + extension);
                    if (File.Exists(path))
                    {
                        return Measure(path);
                    }
                }
            }
            return null;
        });
    }

    private static TimeSpan? Measure(string path)
    {
        try
        {
            if (path.EndsWith(".wav", StringComparison.Ordinal) || path.EndsWith(".wav16", StringComparison.Ordinal))
            {
                return WavReader.ReadInfo(path).Duration;
            }
            var bytesPerSecond = path.EndsWith(".sln16", StringComparison.Ordinal) ? 32000.0 : 16000.0;
            return TimeSpan.FromSeconds(new FileInfo(path).Length / bytesPerSecond);
        }
        catch (InvalidWavException)
        {
            // Asterisk cannot open a broken file either: the playback fails.
            return null;
        }
    }

    [GeneratedRegex(@"^silence/([0-9]{1,3})$")]
    private static partial Regex SilenceFile();
}
