namespace CallCenter.Audio;

/// <summary>Tones and silence in the telephony format: beeps before a recording, test media for FakeAsterisk.</summary>
public static class ToneGenerator
{
    public static WavAudio Sine(double frequencyHz, TimeSpan duration, double amplitude = 0.5, int sampleRate = 8000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegative(frequencyHz);
        // At or above Nyquist the samples would describe a different, aliased tone.
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(frequencyHz, sampleRate / 2.0);
        ArgumentOutOfRangeException.ThrowIfNegative(amplitude);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(amplitude, 1.0);
        var count = SampleCount(duration, sampleRate);
        var samples = new short[count];
        // A 5 ms ramp at each end keeps the tone from clicking.
        var ramp = Math.Max(1, Math.Min(count / 2, sampleRate / 200));
        for (var i = 0; i < count; i++)
        {
            var envelope = Math.Min(1.0, Math.Min(i, count - 1 - i) / (double)ramp);
            samples[i] = (short)Math.Round(Math.Sin(2 * Math.PI * frequencyHz * i / sampleRate) * amplitude * envelope * short.MaxValue);
        }
        return WavAudio.FromSamples(samples, sampleRate);
    }

    public static WavAudio Silence(TimeSpan duration, int sampleRate = 8000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        return WavAudio.FromSamples(new short[SampleCount(duration, sampleRate)], sampleRate);
    }

    private static int SampleCount(TimeSpan duration, int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(duration.Ticks, nameof(duration));
        var count = Math.Round(duration.TotalSeconds * sampleRate);
        // Two bytes a sample must still fit one array.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Array.MaxLength / 2, nameof(duration));
        return (int)count;
    }
}
