namespace CallCenter.Telephony.Queueing;

internal enum AgentLegState
{
    /// <summary>Created in Asterisk, not yet ringing.</summary>
    Dialing,
    Ringing,
    Answered,

    /// <summary>Asked to join the caller in the talk bridge.</summary>
    Connecting,
    Connected,

    /// <summary>Gone, and the call was told (or asked for it: a cancelled leg is not reported).</summary>
    Ended,
}
