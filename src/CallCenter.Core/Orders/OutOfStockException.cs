namespace CallCenter.Core.Orders;

/// <summary>
/// An order could not be placed because there is not enough of a product left (another caller may just have
/// bought the last one). Nothing of the order was kept: no number, no reservation.
/// </summary>
public sealed class OutOfStockException(string productCode, int requested)
    : Exception($"Not enough of product {productCode} in stock for {requested}.")
{
    public string ProductCode { get; } = productCode;

    public int Requested { get; } = requested;
}
