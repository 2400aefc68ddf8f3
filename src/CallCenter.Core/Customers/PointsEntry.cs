namespace CallCenter.Core.Customers;

/// <summary>One change to a customer's points: earned on a purchase, redeemed, expired, adjusted.</summary>
public sealed record PointsEntry(long CustomerId, DateTimeOffset At, int Change, int BalanceAfter, string Reason);
