namespace CallCenter.Core.Customers;

/// <summary>A membership card belongs to one customer: the card number given is already someone else's.</summary>
public sealed class CardNumberTakenException(string cardNumber, long ownerId)
    : Exception($"The membership card {MembershipCard.Mask(cardNumber)} already belongs to customer {ownerId}.")
{
    public long OwnerId { get; } = ownerId;
}
