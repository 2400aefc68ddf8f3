using CallCenter.Core.Catalog;
using CallCenter.Core.Ports;

namespace CallCenter.Core.Tests.Ivr.Handlers;

/// <summary>Products and promotions in memory; promotions are filtered by day and product as the real catalog does.</summary>
internal sealed class FakeProductCatalog : IProductCatalog
{
    private readonly List<Product> products = [];
    private readonly List<Promotion> promotions = [];

    public List<string> Asked { get; } = [];

    public bool Unavailable { get; set; }

    public FakeProductCatalog With(Product product)
    {
        products.Add(product);
        return this;
    }

    public FakeProductCatalog With(Promotion promotion)
    {
        promotions.Add(promotion);
        return this;
    }

    public Task<Product?> FindByCodeAsync(string code, CancellationToken cancellationToken)
    {
        Ask($"product {code}");
        return Task.FromResult(products.FirstOrDefault(p => p.Code == code));
    }

    public Task<IReadOnlyList<Promotion>> ActivePromotionsAsync(DateOnly day, string? productCode, CancellationToken cancellationToken)
    {
        Ask($"promotions {day:yyyy-MM-dd} {productCode}");
        IReadOnlyList<Promotion> active = promotions
            .Where(p => p.ProductCode == productCode && p.IsActiveOn(day))
            .OrderBy(p => p.StartsOn).ThenBy(p => p.Id)
            .ToList();
        return Task.FromResult(active);
    }

    public Task<IReadOnlyList<Announcement>> ActiveAnnouncementsAsync(DateOnly day, CancellationToken cancellationToken) => throw new NotSupportedException();

    private void Ask(string what)
    {
        Asked.Add(what);
        if (Unavailable)
        {
            throw new DataUnavailableException("The database could not answer a product lookup.");
        }
    }
}
