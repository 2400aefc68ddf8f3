namespace CallCenter.Core.Orders;

/// <summary>An order placed by phone: who, what, and the call it was placed in.</summary>
public sealed record NewOrder(long CustomerId, IReadOnlyList<OrderLine> Lines, string? CallId = null);
