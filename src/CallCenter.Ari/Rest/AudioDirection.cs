namespace CallCenter.Ari.Rest;

/// <summary>Which way audio flows for snoop spy/whisper and mute: in is from the channel, out is to it.</summary>
public enum AudioDirection
{
    None,
    Both,
    In,
    Out,
}
