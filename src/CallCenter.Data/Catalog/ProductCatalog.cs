using CallCenter.Core.Catalog;
using CallCenter.Core.Ports;
using CallCenter.Data.Mapping;
using CallCenter.Data.Resilience;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Catalog;

/// <summary>Products by the code a caller keys in, the promotions running on a day, and the announcements to play.</summary>
public sealed class ProductCatalog : IProductCatalog
{
    private readonly GuardedDatabase database;

    public ProductCatalog(DbConnectionFactory database, ILogger<ProductCatalog>? logger = null) =>
        this.database = new GuardedDatabase(database, (ILogger?)logger ?? NullLogger.Instance);

    public Task<Product?> FindByCodeAsync(string code, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(code)
            ? Task.FromResult<Product?>(null)
            : database.ReadAsync(
                "a product lookup",
                async (connection, token) =>
                {
                    var row = await connection.QuerySingleOrDefaultAsync<ProductRow>(database.Command(CatalogSql.FindProduct, new { Code = AnsiText.Of(code.Trim()) }, token)).ConfigureAwait(false);
                    return row?.ToProduct();
                },
                cancellationToken);

    public Task<IReadOnlyList<Promotion>> ActivePromotionsAsync(DateOnly day, string? productCode, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Promotion>>(
            "the promotions",
            async (connection, token) =>
            {
                var command = string.IsNullOrWhiteSpace(productCode)
                    ? database.Command(CatalogSql.ShopPromotions, new { Day = day }, token)
                    : database.Command(CatalogSql.ProductPromotions, new { Code = AnsiText.Of(productCode.Trim()), Day = day }, token);
                var rows = await connection.QueryAsync<PromotionRow>(command).ConfigureAwait(false);
                return rows.Select(r => r.ToPromotion()).ToList();
            },
            cancellationToken);

    public Task<IReadOnlyList<Announcement>> ActiveAnnouncementsAsync(DateOnly day, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Announcement>>(
            "the announcements",
            async (connection, token) =>
            {
                var rows = await connection.QueryAsync<PromotionRow>(database.Command(CatalogSql.Announcements, new { Day = day }, token)).ConfigureAwait(false);
                return rows.Select(r => r.ToAnnouncement()).ToList();
            },
            cancellationToken);
}
