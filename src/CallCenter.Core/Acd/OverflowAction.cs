namespace CallCenter.Core.Acd;

/// <summary>What happens to a caller who has waited a queue's maximum wait.</summary>
public enum OverflowAction
{
    /// <summary>Moved to another queue, keeping the time already waited.</summary>
    Queue,

    /// <summary>Asked to leave a message (the flow's voicemail).</summary>
    Voicemail,

    /// <summary>Offered a callback that keeps their place.</summary>
    Callback,
}
