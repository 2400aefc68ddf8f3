namespace CallCenter.Core.Acd.Distribution;

/// <summary>
/// Stands in a queue for a caller who hung up to be called back: an offer makes it call the customer and ring the
/// agent; it reports to the distributor as a live call does, and <see cref="Ports.ICallDistributor.CallbackFailed"/> when
/// the customer could not be reached.
/// </summary>
public interface ICallbackCaller : IQueuedCaller
{
    /// <summary>The distributor tried as often as configured and gave up: the customer is not called again.</summary>
    void GivenUp();

    /// <summary>
    /// The call that asked for the callback is over. Until then the customer's line is busy with it: an offer
    /// that comes sooner (an agent was free at once) waits for this before the customer is called.
    /// </summary>
    void CallerHungUp();
}
