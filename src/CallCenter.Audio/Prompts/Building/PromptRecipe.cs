using System.Globalization;
using CallCenter.Audio.Editing;
using CallCenter.Audio.Volume;

namespace CallCenter.Audio.Prompts.Building;

/// <summary>How a prompt's WAV is made from the synthesizer's speech or a declared tone.</summary>
public sealed record PromptRecipe
{
    public static PromptRecipe Default { get; } = new();

    /// <summary>Every prompt's level, so none is louder than the next. Default: -20 dBFS active RMS, peaks under -1 dBFS.</summary>
    public VolumeTarget Volume { get; init; } = VolumeTarget.Rms(-20);

    /// <summary>Silence kept before and after speech; tones are kept whole. Default: 50 ms.</summary>
    public TimeSpan Margin { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Below this, the ends of speech count as silence. Default: -45 dBFS.</summary>
    public double SilenceThresholdDbfs { get; init; } = SilenceTrimmer.DefaultThresholdDbfs;

    /// <summary>The pause between segments that different voices say. Default: 400 ms.</summary>
    public TimeSpan SegmentPause { get; init; } = TimeSpan.FromMilliseconds(400);

    /// <summary>All of the above as text: a prompt is made again when it changes.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"telephony 8000 Hz mono 16-bit; volume {Volume.Measure} {Volume.LevelDbfs} dBFS, peak {Volume.PeakCeilingDbfs} dBFS, gain at most {Volume.MaxGainDb} dB; "
        + $"margin {Margin.TotalMilliseconds} ms at {SilenceThresholdDbfs} dBFS; segment pause {SegmentPause.TotalMilliseconds} ms");
}
