using System.Globalization;
using CallCenter.Audio.Conversion;
using CallCenter.Audio.Volume;

namespace CallCenter.Audio.Checks;

/// <summary>
/// Says everything that stops a file from being a good telephony prompt: whether Asterisk can play it without
/// transcoding (<see cref="WavFormat.Telephony"/>) and whether there is something worth hearing in it.
/// </summary>
public static class WavCheck
{
    /// <returns>Every problem found, in the order a reader would want them; empty when the file is fine.</returns>
    public static IReadOnlyList<WavProblem> Run(string path, WavCheckOptions? options = null)
    {
        using var stream = File.OpenRead(path);
        return Run(stream, path, options);
    }

    /// <param name="stream">Read from its current position; a stream that cannot seek is copied to memory first.</param>
    /// <param name="name">Only used to recognise the reader's messages; the problems do not repeat it.</param>
    /// <param name="options">Thresholds; <see cref="WavCheckOptions.Default"/> when null.</param>
    public static IReadOnlyList<WavProblem> Run(Stream stream, string name = "stream", WavCheckOptions? options = null)
    {
        options ??= WavCheckOptions.Default;
        if (!stream.CanSeek)
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            return Run(copy, name, options);
        }

        var start = stream.Position;
        WavInfo info;
        try
        {
            info = WavReader.ReadInfo(stream, name);
        }
        catch (InvalidWavException e)
        {
            return [new WavProblem(e.Problem, WithoutName(e.Message, name))];
        }

        var problems = new List<WavProblem>();
        AddFormatProblems(info.Format, problems);
        if (info.IsTruncated)
        {
            problems.Add(new(WavProblemKind.Truncated, $"it is cut short: its header promises more audio than the {Seconds(info.Duration)} it holds."));
        }
        if (info.DataLength == 0)
        {
            problems.Add(new(WavProblemKind.Empty, "it holds no samples."));
            return problems;
        }
        if (info.Duration < options.MinDuration)
        {
            problems.Add(new(WavProblemKind.TooShort, $"it lasts {Seconds(info.Duration)}; expected at least {Seconds(options.MinDuration)}."));
        }
        if (info.Duration > options.MaxDuration)
        {
            problems.Add(new(WavProblemKind.TooLong, $"it lasts {Seconds(info.Duration)}; expected at most {Seconds(options.MaxDuration)}."));
            return problems;
        }

        stream.Position = start;
        WavAudio audio;
        try
        {
            audio = WavReader.Read(stream, name);
        }
        catch (InvalidWavException e)
        {
            problems.Add(new WavProblem(e.Problem, WithoutName(e.Message, name)));
            return problems;
        }
        var channels = SampleDecoder.DecodeChannels(audio);
        AddSilenceProblem(channels, audio.Format, options, problems);
        AddClippingProblem(channels, audio.Format, options, problems);
        return problems;
    }

    private static void AddFormatProblems(WavFormat format, List<WavProblem> problems)
    {
        var telephony = WavFormat.Telephony;
        if (format.SampleRate != telephony.SampleRate)
        {
            problems.Add(new(WavProblemKind.WrongSampleRate, $"it is sampled at {format.SampleRate} Hz; expected {telephony.SampleRate} Hz."));
        }
        if (format.Channels != telephony.Channels)
        {
            problems.Add(new(WavProblemKind.NotMono, $"it has {format.Channels} channels; expected mono."));
        }
        if (format.Encoding != WavEncoding.Pcm)
        {
            problems.Add(new(WavProblemKind.Not16Bit, $"its samples are {format.BitsPerSample}-bit float; expected 16-bit PCM."));
        }
        else if (format.BitsPerSample != telephony.BitsPerSample)
        {
            problems.Add(new(WavProblemKind.Not16Bit, $"its samples are {format.BitsPerSample}-bit; expected 16-bit."));
        }
    }

    private static void AddSilenceProblem(float[][] channels, WavFormat format, WavCheckOptions options, List<WavProblem> problems)
    {
        if (double.IsNegativeInfinity(LevelMeter.PeakDbfs(channels)))
        {
            problems.Add(new(WavProblemKind.MostlySilent, "it is entirely silent."));
            return;
        }
        var silent = LevelMeter.SilentFraction(channels, format.SampleRate, options.SilenceDbfs);
        if (silent > options.MaxSilentFraction)
        {
            problems.Add(new(
                WavProblemKind.MostlySilent,
                string.Create(CultureInfo.InvariantCulture, $"it is mostly silent: {silent * 100:0}% of it is below {options.SilenceDbfs} dBFS.")));
        }
    }

    private static void AddClippingProblem(float[][] channels, WavFormat format, WavCheckOptions options, List<WavProblem> problems)
    {
        var fullScale = SampleDecoder.FullScale(format);
        var places = 0;
        var first = int.MaxValue;
        foreach (var channel in channels)
        {
            var run = 0;
            for (var i = 0; i < channel.Length; i++)
            {
                run = Math.Abs(channel[i]) >= fullScale ? run + 1 : 0;
                if (run == options.ClippedRunLength)
                {
                    places++;
                    first = Math.Min(first, i - run + 1);
                }
            }
        }
        if (places > 0)
        {
            var at = TimeSpan.FromSeconds((double)first / format.SampleRate);
            problems.Add(new(
                WavProblemKind.Clipped,
                $"it is clipped in {places} {(places == 1 ? "place" : "places")} (the waveform sits at full scale), first at {Seconds(at)}."));
        }
    }

    private static string WithoutName(string message, string name) =>
        message.StartsWith(name + ": ", StringComparison.Ordinal) ? message[(name.Length + 2)..] : message;

    private static string Seconds(TimeSpan duration) =>
        duration.TotalSeconds.ToString("0.000 s", CultureInfo.InvariantCulture);
}
