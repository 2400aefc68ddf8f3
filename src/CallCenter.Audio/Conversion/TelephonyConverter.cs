using CallCenter.Audio.Volume;

namespace CallCenter.Audio.Conversion;

/// <summary>
/// Converts any WAV <see cref="WavReader"/> accepts to <see cref="WavFormat.Telephony"/>, which Asterisk plays
/// without transcoding: channels averaged, resampled to 8 kHz behind an anti-aliasing low-pass, rounded and
/// saturated to 16 bits.
/// </summary>
public static class TelephonyConverter
{
    /// <param name="audio">Audio in any format the reader accepts.</param>
    /// <param name="volume">
    /// A level to bring the result to. It is applied before rounding to 16 bits, so a loud float source is scaled
    /// down rather than clipped.
    /// </param>
    public static WavAudio Convert(WavAudio audio, VolumeTarget? volume = null)
    {
        var target = WavFormat.Telephony;
        if (audio.Format == target && volume is null)
        {
            return audio;
        }
        var mono = SampleDecoder.DecodeMono(audio);
        var resampled = audio.Format.SampleRate == target.SampleRate
            ? mono
            : new SincResampler(audio.Format.SampleRate, target.SampleRate).Resample(mono);
        if (volume is not null)
        {
            LevelMeter.ApplyGain([resampled], volume.GainFor([resampled], target.SampleRate));
        }
        return SampleEncoder.ToPcm16(resampled, target.SampleRate);
    }
}
