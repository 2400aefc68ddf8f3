namespace CallCenter.Audio.Volume;

/// <summary>Levels of decoded audio in dBFS: 0 dBFS is a sample at full scale (1.0); silence is -∞.</summary>
public static class LevelMeter
{
    /// <summary>Frames this long are the unit for telling speech from silence.</summary>
    public static readonly TimeSpan FrameLength = TimeSpan.FromMilliseconds(20);

    /// <summary>Below this a frame counts as silence: well under speech, above 16-bit rounding noise.</summary>
    public const double SilenceDbfs = -50;

    public static double PeakDbfs(IReadOnlyList<float[]> channels)
    {
        var peak = 0.0;
        foreach (var channel in channels)
        {
            foreach (var sample in channel)
            {
                peak = Math.Max(peak, Math.Abs(sample));
            }
        }
        return ToDb(peak);
    }

    public static double RmsDbfs(IReadOnlyList<float[]> channels)
    {
        var sum = 0.0;
        var count = 0L;
        foreach (var channel in channels)
        {
            foreach (var sample in channel)
            {
                sum += (double)sample * sample;
            }
            count += channel.Length;
        }
        return count == 0 ? double.NegativeInfinity : ToDb(Math.Sqrt(sum / count));
    }

    /// <summary>The RMS of the frames louder than <see cref="SilenceDbfs"/>; of everything when none is.</summary>
    public static double ActiveRmsDbfs(IReadOnlyList<float[]> channels, int sampleRate)
    {
        var sum = 0.0;
        var count = 0L;
        foreach (var (_, length, meanSquare) in Frames(channels, sampleRate))
        {
            if (ToDb(Math.Sqrt(meanSquare)) >= SilenceDbfs)
            {
                sum += meanSquare * length;
                count += length;
            }
        }
        return count == 0 ? RmsDbfs(channels) : ToDb(Math.Sqrt(sum / count));
    }

    /// <summary>The share of the duration, 0 to 1, spent in frames quieter than <paramref name="thresholdDbfs"/>.</summary>
    public static double SilentFraction(IReadOnlyList<float[]> channels, int sampleRate, double thresholdDbfs = SilenceDbfs)
    {
        var silent = 0L;
        var total = 0L;
        foreach (var (_, length, meanSquare) in Frames(channels, sampleRate))
        {
            total += length;
            if (ToDb(Math.Sqrt(meanSquare)) < thresholdDbfs)
            {
                silent += length;
            }
        }
        return total == 0 ? 1 : (double)silent / total;
    }

    public static double ToDb(double linear) => linear <= 0 ? double.NegativeInfinity : 20 * Math.Log10(linear);

    internal static void ApplyGain(IReadOnlyList<float[]> channels, double gain)
    {
        foreach (var channel in channels)
        {
            for (var i = 0; i < channel.Length; i++)
            {
                channel[i] = (float)(channel[i] * gain);
            }
        }
    }

    private static IEnumerable<(int Start, int Length, double MeanSquare)> Frames(IReadOnlyList<float[]> channels, int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        var samples = channels.Count == 0 ? 0 : channels[0].Length;
        var frame = Math.Max(1, (int)(sampleRate * FrameLength.TotalSeconds));
        for (var start = 0; start < samples; start += frame)
        {
            var length = Math.Min(frame, samples - start);
            var sum = 0.0;
            foreach (var channel in channels)
            {
                for (var i = start; i < start + length; i++)
                {
                    sum += (double)channel[i] * channel[i];
                }
            }
            yield return (start, length, sum / (length * channels.Count));
        }
    }
}
