namespace CallCenter.Core.Calls;

/// <summary>Why we end a call, as the switch should tell the caller's side.</summary>
public enum HangupCause
{
    Normal,
    Busy,
    Congestion,
}
