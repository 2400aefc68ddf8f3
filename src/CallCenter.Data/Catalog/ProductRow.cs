using CallCenter.Core.Catalog;

namespace CallCenter.Data.Catalog;

internal sealed class ProductRow
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public decimal Price { get; init; }
    public int Stock { get; init; }

    public Product ToProduct() => new(Code, Name, Description, Price, Stock);
}
