using CallCenter.Core.Ports;
using CallCenter.Core.Stores;
using CallCenter.Data.Resilience;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Stores;

/// <summary>
/// The branches, their opening hours and the cards their tills take. Accepted cards are kept as one text
/// column, the names separated by commas ("Visa,Mastercard,UnionPay").
/// </summary>
public sealed class StoreDirectory : IStoreDirectory
{
    private readonly GuardedDatabase database;

    public StoreDirectory(DbConnectionFactory database, ILogger<StoreDirectory>? logger = null) =>
        this.database = new GuardedDatabase(database, (ILogger?)logger ?? NullLogger.Instance);

    public Task<IReadOnlyList<Store>> ListAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Store>>(
            "the store list",
            async (connection, token) =>
            {
                var rows = await connection.QueryAsync<StoreRow>(database.Command(StoreSql.List, null, token)).ConfigureAwait(false);
                return rows.GroupBy(r => r.Id).Select(StoreRow.Merge).ToList();
            },
            cancellationToken);
}
