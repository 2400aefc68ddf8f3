using CallCenter.Audio.Conversion;

namespace CallCenter.Audio.Volume;

/// <summary>Brings a prompt to a consistent level, so callers do not hear one prompt louder than the next.</summary>
public static class VolumeNormalizer
{
    /// <returns>The audio at the same rate and channel count, as 16-bit PCM.</returns>
    public static WavAudio Normalize(WavAudio audio, VolumeTarget target)
    {
        var channels = SampleDecoder.DecodeChannels(audio);
        LevelMeter.ApplyGain(channels, target.GainFor(channels, audio.Format.SampleRate));
        return SampleEncoder.ToPcm16(channels, audio.Format.SampleRate);
    }
}
