namespace CallCenter.Core.Catalog;

/// <summary>Something the shop sells, found by the code a caller keys in.</summary>
public sealed record Product(string Code, string Name, string Description, decimal Price, int Stock);
