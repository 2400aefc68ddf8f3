using CallCenter.Audio.Conversion;

namespace CallCenter.Audio.Editing;

/// <summary>
/// Cuts the silence before and after the sound down to a short margin, so prompts played one after another (the
/// words of a number, a sentence and the amount in it) follow each other as speech does.
/// </summary>
public static class SilenceTrimmer
{
    /// <summary>Quieter than this counts as silence: well under speech, above the noise of synthesized or converted audio.</summary>
    public const double DefaultThresholdDbfs = -45;

    /// <param name="margin">Silence kept before the first and after the last sound, where the audio has that much.</param>
    /// <param name="thresholdDbfs">A sample at least this loud in any channel is sound.</param>
    /// <returns>The same format and samples, cut; unchanged when it has no sound at all.</returns>
    public static WavAudio Trim(WavAudio audio, TimeSpan margin, double thresholdDbfs = DefaultThresholdDbfs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(margin, TimeSpan.Zero);
        if (!double.IsFinite(thresholdDbfs) || thresholdDbfs > 0)
        {
            throw new ArgumentOutOfRangeException(nameof(thresholdDbfs), thresholdDbfs, "A level in dBFS is at most 0.");
        }
        var channels = SampleDecoder.DecodeChannels(audio);
        var threshold = (float)Math.Pow(10, thresholdDbfs / 20);
        var frames = channels.Length == 0 ? 0 : channels[0].Length;
        var first = Enumerable.Range(0, frames).FirstOrDefault(i => IsSound(channels, i, threshold), -1);
        if (first < 0)
        {
            return audio;
        }
        var last = frames - 1;
        while (!IsSound(channels, last, threshold))
        {
            last--;
        }
        var marginFrames = (int)Math.Round(margin.TotalSeconds * audio.Format.SampleRate);
        var start = Math.Max(0, first - marginFrames);
        var end = Math.Min(frames, last + 1 + marginFrames);
        var blockAlign = audio.Format.BlockAlign;
        return audio with { Data = audio.Data.Slice(start * blockAlign, (end - start) * blockAlign) };
    }

    private static bool IsSound(float[][] channels, int frame, float threshold)
    {
        foreach (var channel in channels)
        {
            if (Math.Abs(channel[frame]) >= threshold)
            {
                return true;
            }
        }
        return false;
    }
}
