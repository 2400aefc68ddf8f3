namespace CallCenter.Ari.Rest;

/// <summary>Bridge type flags for POST /bridges; combine with commas, e.g. "mixing,dtmf_events".</summary>
public static class BridgeTypes
{
    public const string Mixing = "mixing";
    public const string Holding = "holding";

    /// <summary>Without it a mixing bridge swallows DTMF: agents could not key anything during a call.</summary>
    public const string DtmfEvents = "dtmf_events";
    public const string ProxyMedia = "proxy_media";

    public const string MixingWithDtmf = Mixing + "," + DtmfEvents;
}
