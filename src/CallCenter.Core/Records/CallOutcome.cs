namespace CallCenter.Core.Records;

/// <summary>How a call ended, as reports count it.</summary>
public enum CallOutcome
{
    InProgress,

    /// <summary>The caller was served by the IVR alone: told what they asked, or taken to the flow's end.</summary>
    SelfService,

    /// <summary>The caller hung up in the IVR before anything was said to them or done for them.</summary>
    AbandonedInIvr,

    /// <summary>An agent talked to the caller.</summary>
    Answered,

    /// <summary>The caller hung up while waiting for an agent (or while one was ringing).</summary>
    Abandoned,
    Overflowed,
    Voicemail,

    /// <summary>The caller hung up to be called back, keeping their place; the record stays so until the callback connects or is given up.</summary>
    CallbackRequested,

    /// <summary>A callback was tried as many times as configured and never reached the customer.</summary>
    CallbackFailed,

    /// <summary>The call was cut by a failure on our side or in Asterisk.</summary>
    Failed,
}
