namespace CallCenter.Core.Calls;

public enum CallEndReason
{
    CallerHungUp,
    WeHungUp,

    /// <summary>The call vanished while we could not see it (Asterisk restarted, or it ended during an outage).</summary>
    Lost,

    /// <summary>Something in our own handling failed and the call was cut.</summary>
    Failed,
}
