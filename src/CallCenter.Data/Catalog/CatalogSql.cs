using CallCenter.Data.Sql;

namespace CallCenter.Data.Catalog;

internal static class CatalogSql
{
    public static readonly SqlText FindProduct = new(
        "SELECT code, name, description, price, stock FROM products WHERE code = @Code");

    // Dates compare as dates on SQL Server and as yyyy-MM-dd text on SQLite: the same order either way.
    public static readonly SqlText ProductPromotions = new("""
        SELECT id, product_code, text, prompt_name, starts_on, ends_on
        FROM promotions
        WHERE product_code = @Code AND starts_on <= @Day AND ends_on >= @Day
        ORDER BY starts_on, id
        """);

    public static readonly SqlText ShopPromotions = new("""
        SELECT id, product_code, text, prompt_name, starts_on, ends_on
        FROM promotions
        WHERE product_code IS NULL AND starts_on <= @Day AND ends_on >= @Day
        ORDER BY starts_on, id
        """);

    public static readonly SqlText Announcements = new("""
        SELECT id, text, prompt_name, starts_on, ends_on
        FROM announcements
        WHERE starts_on <= @Day AND ends_on >= @Day
        ORDER BY starts_on, id
        """);
}
