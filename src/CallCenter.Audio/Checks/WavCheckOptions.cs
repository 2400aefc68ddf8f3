using CallCenter.Audio.Volume;

namespace CallCenter.Audio.Checks;

public sealed record WavCheckOptions
{
    public static WavCheckOptions Default { get; } = new();

    /// <summary>Shorter than this is reported. Default: 100 ms.</summary>
    public TimeSpan MinDuration { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Longer than this is reported and the samples are not examined. Default: 10 minutes.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>A 20 ms frame quieter than this counts as silence. Default: -50 dBFS.</summary>
    public double SilenceDbfs { get; init; } = LevelMeter.SilenceDbfs;

    /// <summary>A file with more of its duration silent than this share (0 to 1) is reported. Default: 0.9.</summary>
    public double MaxSilentFraction { get; init; } = 0.9;

    /// <summary>This many samples in a row at full scale count as one place where the waveform was clipped. Default: 3.</summary>
    public int ClippedRunLength { get; init; } = 3;
}
