namespace CallCenter.Ari.Rest;

/// <summary>The DTMF that ends a recording.</summary>
public enum RecordingTermination
{
    None,
    Any,
    Star,
    Hash,
}
