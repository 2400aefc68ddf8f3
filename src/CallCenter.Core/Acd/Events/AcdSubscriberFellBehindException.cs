namespace CallCenter.Core.Acd.Events;

/// <summary>
/// Ends a subscription whose reader let its buffer fill: it has missed events, so it should subscribe again
/// and start over from a fresh picture (e.g. the roster's snapshot) rather than carry on from a gap.
/// </summary>
public sealed class AcdSubscriberFellBehindException : Exception
{
    public AcdSubscriberFellBehindException()
    {
    }

    public AcdSubscriberFellBehindException(string message)
        : base(message)
    {
    }

    public AcdSubscriberFellBehindException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
