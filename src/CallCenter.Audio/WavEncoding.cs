namespace CallCenter.Audio;

public enum WavEncoding
{
    Pcm = 1,
    IeeeFloat = 3,
}
