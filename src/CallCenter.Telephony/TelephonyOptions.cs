namespace CallCenter.Telephony;

/// <summary>How the telephony adapter runs calls. Bound from the "Telephony" configuration section.</summary>
public sealed class TelephonyOptions
{
    public const string SectionName = "Telephony";

    /// <summary>Default 256: events and inputs one call may have waiting before it is failed as stuck.</summary>
    public int MailboxCapacity { get; set; } = 256;

    /// <summary>Default 5 s: after we hang up, how long to wait for Asterisk to confirm before closing the call anyway.</summary>
    public TimeSpan HangupConfirmTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Default 2 s: after a caller hangs up during a recording, how long to wait for Asterisk to report it (its
    /// length tells a message from a hangup at the beep) before the call ends without.
    /// </summary>
    public TimeSpan RecordingSettleTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Default 20 s: on shutdown, how long calls in progress get to hear goodbye before they are cut.</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Default "callcenter-unavailable,s,1": where a call that arrives while the server is shutting down is sent
    /// back in the dialplan (it plays the unavailable prompt). Empty to hang such calls up instead.
    /// </summary>
    public string DrainContinueTo { get; set; } = "callcenter-unavailable,s,1";
}
