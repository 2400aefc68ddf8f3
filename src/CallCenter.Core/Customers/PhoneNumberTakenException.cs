namespace CallCenter.Core.Customers;

/// <summary>
/// A number can identify one customer only: the agent capturing a new customer gave one that another customer
/// already has, so the next call from it would pop the wrong record.
/// </summary>
public sealed class PhoneNumberTakenException(string e164, long ownerId)
    : Exception($"The number {e164} already belongs to customer {ownerId}.")
{
    public string E164 { get; } = e164;

    public long OwnerId { get; } = ownerId;
}
