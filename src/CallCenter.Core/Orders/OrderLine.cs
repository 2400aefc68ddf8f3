namespace CallCenter.Core.Orders;

public sealed record OrderLine(string ProductCode, int Quantity, decimal UnitPrice)
{
    public decimal Amount => Quantity * UnitPrice;
}
