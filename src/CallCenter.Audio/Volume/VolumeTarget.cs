namespace CallCenter.Audio.Volume;

/// <summary>The level to bring audio to, in dBFS (0 dBFS = a sample at full scale).</summary>
public sealed record VolumeTarget
{
    private VolumeTarget(VolumeMeasure measure, double levelDbfs)
    {
        if (!double.IsFinite(levelDbfs) || levelDbfs > 0)
        {
            throw new ArgumentOutOfRangeException(nameof(levelDbfs), levelDbfs, "A level in dBFS is at most 0.");
        }
        Measure = measure;
        LevelDbfs = levelDbfs;
        PeakCeilingDbfs = measure == VolumeMeasure.Peak ? levelDbfs : -1;
    }

    public VolumeMeasure Measure { get; }

    public double LevelDbfs { get; }

    /// <summary>The gain never lifts the peak above this. Default: -1 dBFS for an RMS target, the level itself for a peak target.</summary>
    public double PeakCeilingDbfs
    {
        get;
        init => field = double.IsFinite(value) && value <= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(PeakCeilingDbfs), value, "A level in dBFS is at most 0.");
    }

    /// <summary>The gain never exceeds this, so a nearly silent file stays quiet instead of becoming loud hiss. Default: 30 dB.</summary>
    public double MaxGainDb
    {
        get;
        init => field = double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxGainDb), value, "The maximum gain is 0 dB or more.");
    } = 30;

    public static VolumeTarget Peak(double levelDbfs) => new(VolumeMeasure.Peak, levelDbfs);

    public static VolumeTarget Rms(double levelDbfs) => new(VolumeMeasure.Rms, levelDbfs);

    /// <summary>The linear gain that brings <paramref name="channels"/> to this target; 1 for silence.</summary>
    public double GainFor(IReadOnlyList<float[]> channels, int sampleRate)
    {
        var measured = Measure == VolumeMeasure.Peak
            ? LevelMeter.PeakDbfs(channels)
            : LevelMeter.ActiveRmsDbfs(channels, sampleRate);
        if (double.IsNegativeInfinity(measured))
        {
            return 1;
        }
        var gainDb = Math.Min(LevelDbfs - measured, MaxGainDb);
        gainDb = Math.Min(gainDb, PeakCeilingDbfs - LevelMeter.PeakDbfs(channels));
        return Math.Pow(10, gainDb / 20);
    }
}
