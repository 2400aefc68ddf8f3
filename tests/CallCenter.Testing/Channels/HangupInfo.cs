namespace CallCenter.Testing.Channels;

/// <summary>Why a channel is going away, and what Asterisk publishes about it.</summary>
/// <param name="By">Who ended the call, for the simulated phone's record.</param>
/// <param name="PublishRequest">Whether a ChannelHangupRequest is published.</param>
/// <param name="RequestCause">The "cause" field of ChannelHangupRequest (32 for a soft hangup).</param>
/// <param name="RequestTechCause">The "tech_cause" field of ChannelHangupRequest (the SIP code).</param>
/// <param name="Soft">Whether ChannelHangupRequest carries "soft": true.</param>
/// <param name="DestroyCause">The Q.850 cause ChannelDestroyed reports.</param>
/// <param name="DestroyTechCause">The SIP code ChannelDestroyed reports, if any.</param>
/// <param name="DialStatus">The final Dial status for a leg still being dialed; null for none.</param>
/// <param name="Reason">The reason the application gave, if it hung up.</param>
internal sealed record HangupInfo(
    HangupParty By,
    bool PublishRequest,
    int? RequestCause,
    int? RequestTechCause,
    bool Soft,
    int DestroyCause,
    int? DestroyTechCause,
    string? DialStatus,
    string? Reason)
{
    /// <summary>A BYE from the phone: usually without a cause, which leaves Normal Clearing only for a bridged call.</summary>
    public static HangupInfo FromPhone(int? cause, bool bridged) =>
        new(HangupParty.Phone, true, cause, null, false, cause ?? (bridged ? HangupCauses.NormalClearing : HangupCauses.Unknown), null, null, null);

    /// <summary>DELETE /channels/{id}: a soft hangup whose cause is the reason's Q.850 code.</summary>
    public static HangupInfo FromApplication(int cause, string? reason) =>
        new(HangupParty.Application, true, HangupCauses.SoftHangupExplicit, null, true, cause, null, "NOANSWER", reason);

    /// <summary>486 Busy Here from the called phone.</summary>
    public static HangupInfo Busy() =>
        new(HangupParty.Phone, true, HangupCauses.UserBusy, 486, false, HangupCauses.UserBusy, 486, "BUSY", null);

    /// <summary>
    /// The dial timeout of an originated leg: ast_dial hangs up quietly, so only ChannelDestroyed tells.
    /// A created leg dialed through ARI is hung up with a soft hangup by the control's interval hook.
    /// </summary>
    public static HangupInfo DialTimeout(bool softHangup) =>
        new(HangupParty.DialTimeout, softHangup, softHangup ? HangupCauses.SoftHangupExplicit : null, null, softHangup, HangupCauses.NoAnswer, 480, null, null);

    /// <summary>The dialplan ended the call (no route, Stasis failed, nothing after Stasis).</summary>
    public static HangupInfo FromDialplan(int cause) =>
        new(HangupParty.Dialplan, false, null, null, false, cause, null, null, null);
}
