using CallCenter.Core.Catalog;

namespace CallCenter.Core.Ports;

/// <summary>Products, their promotions, and the announcements played before the menu.</summary>
public interface IProductCatalog
{
    Task<Product?> FindByCodeAsync(string code, CancellationToken cancellationToken);

    /// <summary>Promotions valid on <paramref name="day"/>: for the product when a code is given, else shop-wide ones.</summary>
    Task<IReadOnlyList<Promotion>> ActivePromotionsAsync(DateOnly day, string? productCode, CancellationToken cancellationToken);

    Task<IReadOnlyList<Announcement>> ActiveAnnouncementsAsync(DateOnly day, CancellationToken cancellationToken);
}
