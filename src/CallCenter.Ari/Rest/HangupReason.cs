namespace CallCenter.Ari.Rest;

/// <summary>The reasons DELETE /channels/{id} accepts; Asterisk maps each to a Q.850 cause.</summary>
public enum HangupReason
{
    Normal,
    Busy,
    Congestion,
    NoAnswer,
    Timeout,
    Rejected,
    Unallocated,
    NormalUnspecified,
    NumberIncomplete,
    CodecMismatch,
    Interworking,
    Failure,
    AnsweredElsewhere,
}
