namespace CallCenter.Server.Web.Cti;

internal sealed record CtiOrderLine(string ProductCode, int Quantity, decimal UnitPrice);
