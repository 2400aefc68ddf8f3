namespace CallCenter.Audio.Tests;

internal static class SignalMeasure
{
    /// <summary>The amplitude of the <paramref name="frequencyHz"/> component, by the Goertzel algorithm.</summary>
    public static double AmplitudeAt(ReadOnlySpan<float> samples, double frequencyHz, int sampleRate)
    {
        var omega = 2 * Math.PI * frequencyHz / sampleRate;
        var coefficient = 2 * Math.Cos(omega);
        double previous = 0, beforePrevious = 0;
        foreach (var sample in samples)
        {
            var current = sample + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        var power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
        return 2 * Math.Sqrt(Math.Max(0, power)) / samples.Length;
    }

    /// <summary>The frequency of a clean tone from its zero crossings, placed between samples by interpolation.</summary>
    public static double FrequencyByZeroCrossings(ReadOnlySpan<float> samples, int sampleRate)
    {
        double? first = null;
        double last = 0;
        var crossings = 0;
        for (var i = 1; i < samples.Length; i++)
        {
            var a = samples[i - 1];
            var b = samples[i];
            if ((a < 0 && b >= 0) || (a >= 0 && b < 0))
            {
                var at = i - 1 + a / (double)(a - b);
                first ??= at;
                last = at;
                crossings++;
            }
        }
        return crossings < 2 ? 0 : (crossings - 1) / 2.0 / ((last - first!.Value) / sampleRate);
    }

    public static double Rms(ReadOnlySpan<float> samples)
    {
        var sum = 0.0;
        foreach (var sample in samples)
        {
            sum += (double)sample * sample;
        }
        return samples.Length == 0 ? 0 : Math.Sqrt(sum / samples.Length);
    }

    public static double Peak(ReadOnlySpan<float> samples)
    {
        var peak = 0.0;
        foreach (var sample in samples)
        {
            peak = Math.Max(peak, Math.Abs(sample));
        }
        return peak;
    }

    /// <summary>The middle of a signal, away from the edges where a filter has only half its input.</summary>
    public static ReadOnlySpan<float> Middle(float[] samples, double share = 0.8)
    {
        var skip = (int)(samples.Length * (1 - share) / 2);
        return samples.AsSpan(skip, samples.Length - 2 * skip);
    }

    public static double Db(double ratio) => 20 * Math.Log10(ratio);
}
