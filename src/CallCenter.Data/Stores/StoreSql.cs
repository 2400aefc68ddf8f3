using CallCenter.Data.Sql;

namespace CallCenter.Data.Stores;

internal static class StoreSql
{
    // Every store with its opening hours, one row per open weekday: callers hear all branches.
    public static readonly SqlText List = new("""
        SELECT s.id, s.name, s.address, s.phone, s.accepted_cards, s.directions, h.day_of_week, h.opens, h.closes
        FROM stores s
        LEFT JOIN store_hours h ON h.store_id = s.id
        ORDER BY s.id, h.day_of_week
        """);
}
