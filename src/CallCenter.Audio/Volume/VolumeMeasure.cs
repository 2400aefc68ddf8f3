namespace CallCenter.Audio.Volume;

public enum VolumeMeasure
{
    /// <summary>The largest sample magnitude.</summary>
    Peak,

    /// <summary>
    /// The RMS level of the parts that are not silence (20 ms frames above -50 dBFS), so pauses between words do not
    /// make a prompt come out louder.
    /// </summary>
    Rms,
}
