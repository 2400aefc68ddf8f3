using CallCenter.Core.Customers;

namespace CallCenter.Data.Customers;

internal sealed class PointsRow
{
    public long CustomerId { get; init; }
    public DateTimeOffset At { get; init; }
    public int Change { get; init; }
    public int BalanceAfter { get; init; }
    public string Reason { get; init; } = "";

    public PointsEntry ToEntry() => new(CustomerId, At, Change, BalanceAfter, Reason);
}
