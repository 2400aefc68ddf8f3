namespace CallCenter.Ari.Models;

public static class ChannelStates
{
    public const string Down = "Down";
    public const string Reserved = "Rsrved";
    public const string OffHook = "OffHook";
    public const string Dialing = "Dialing";
    public const string Ring = "Ring";
    public const string Ringing = "Ringing";
    public const string Up = "Up";
    public const string Busy = "Busy";
    public const string DialingOffhook = "Dialing Offhook";
    public const string PreRing = "Pre-ring";
    public const string Unknown = "Unknown";
}
