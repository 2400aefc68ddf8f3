using System.Data.Common;
using CallCenter.Core.Orders;
using CallCenter.Core.Ports;
using CallCenter.Data.Mapping;
using CallCenter.Data.Resilience;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Orders;

/// <summary>Orders on the database: found by number, listed for a customer, placed by phone with their stock reserved.</summary>
public sealed class OrderBook : IOrderBook
{
    private const int NumberDraws = 20;

    private readonly GuardedDatabase database;
    private readonly TimeProvider time;
    private readonly Func<string> drawNumber;

    public OrderBook(DbConnectionFactory database, ILogger<OrderBook>? logger = null, TimeProvider? time = null)
        : this(database, logger, time, OrderNumbers.Draw)
    {
    }

    internal OrderBook(DbConnectionFactory database, ILogger<OrderBook>? logger, TimeProvider? time, Func<string> drawNumber)
    {
        this.time = time ?? TimeProvider.System;
        this.database = new GuardedDatabase(database, (ILogger?)logger ?? NullLogger.Instance, this.time);
        this.drawNumber = drawNumber;
    }

    public Task<Order?> FindByNumberAsync(string orderNumber, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(orderNumber)
            ? Task.FromResult<Order?>(null)
            : database.ReadAsync(
                "an order lookup",
                async (connection, token) =>
                {
                    var rows = await connection.QueryAsync<OrderRow>(database.Command(OrderSql.FindByNumber, new { Number = AnsiText.Of(orderNumber.Trim()) }, token)).ConfigureAwait(false);
                    return OrderRow.Merge(rows).SingleOrDefault();
                },
                cancellationToken);

    public Task<IReadOnlyList<Order>> RecentForCustomerAsync(long customerId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return database.ReadAsync<IReadOnlyList<Order>>(
            "a customer's orders",
            async (connection, token) =>
            {
                var rows = await connection.QueryAsync<OrderRow>(database.Command(OrderSql.RecentForCustomer, new { CustomerId = customerId, Limit = limit }, token)).ConfigureAwait(false);
                return OrderRow.Merge(rows);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<OrderStatusChange>> StatusHistoryAsync(string orderNumber, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(orderNumber)
            ? Task.FromResult<IReadOnlyList<OrderStatusChange>>([])
            : database.ReadAsync<IReadOnlyList<OrderStatusChange>>(
                "an order's history",
                async (connection, token) =>
                {
                    var rows = await connection.QueryAsync<StatusChangeRow>(database.Command(OrderSql.StatusHistory, new { Number = AnsiText.Of(orderNumber.Trim()) }, token)).ConfigureAwait(false);
                    return rows.Select(r => r.ToChange()).ToList();
                },
                cancellationToken);

    /// <summary>
    /// Places the order in one transaction: a new number, each line at the product's current price with its
    /// quantity taken from stock, and the first line of its history. When any line cannot be had, nothing is
    /// kept and <see cref="OutOfStockException"/> says which product.
    /// </summary>
    public async Task<Order> PlaceAsync(NewOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Lines.Count == 0)
        {
            throw new ArgumentException("An order needs at least one line.", nameof(order));
        }
        if (order.Lines.FirstOrDefault(l => l.Quantity <= 0 || string.IsNullOrWhiteSpace(l.ProductCode)) is { } bad)
        {
            throw new ArgumentException($"Line \"{bad.ProductCode}\" x {bad.Quantity} is not something that can be ordered.", nameof(order));
        }
        var placedAt = StoredForms.Stored(time.GetUtcNow());
        const string Channel = "phone";

        return await database.ChangeAsync(
            "placing an order",
            async (connection, transaction, token) =>
            {
                var customers = await connection.ExecuteScalarAsync<int>(database.Command(OrderSql.CustomerExists, new { order.CustomerId }, token, transaction)).ConfigureAwait(false);
                if (customers == 0)
                {
                    throw new ArgumentException($"There is no customer {order.CustomerId}.", nameof(order));
                }
                var number = await InsertWithNewNumberAsync(connection, transaction, order, placedAt, Channel, token).ConfigureAwait(false);
                // Products are reserved in code order whatever the order of the lines, so two orders taking the
                // same products never each hold one the other waits for.
                var prices = new decimal[order.Lines.Count];
                foreach (var (line, index) in order.Lines.Select((line, index) => (line, index)).OrderBy(l => l.line.ProductCode.Trim(), StringComparer.Ordinal))
                {
                    var code = line.ProductCode.Trim();
                    var price = await connection.QuerySingleOrDefaultAsync<decimal?>(database.Command(OrderSql.ReserveStock, new { Code = AnsiText.Of(code), line.Quantity }, token, transaction)).ConfigureAwait(false);
                    if (price is null)
                    {
                        var known = await connection.ExecuteScalarAsync<int>(database.Command(OrderSql.ProductExists, new { Code = AnsiText.Of(code) }, token, transaction)).ConfigureAwait(false);
                        throw known == 0 ? new ArgumentException($"There is no product {code}.", nameof(order)) : new OutOfStockException(code, line.Quantity);
                    }
                    prices[index] = price.Value;
                }
                var lines = order.Lines.Select((line, index) => new OrderLine(line.ProductCode.Trim(), line.Quantity, prices[index])).ToList();
                for (var index = 0; index < lines.Count; index++)
                {
                    await connection.ExecuteAsync(database.Command(
                        OrderSql.InsertLine,
                        new { Number = number, LineNo = index + 1, Code = lines[index].ProductCode, lines[index].Quantity, lines[index].UnitPrice },
                        token,
                        transaction)).ConfigureAwait(false);
                }
                await connection.ExecuteAsync(database.Command(
                    OrderSql.InsertStatusChange,
                    new { Number = number, From = (string?)null, To = nameof(OrderStatus.Placed), At = placedAt },
                    token,
                    transaction)).ConfigureAwait(false);
                return new Order
                {
                    Number = number,
                    CustomerId = order.CustomerId,
                    Status = OrderStatus.Placed,
                    PlacedAt = placedAt,
                    Channel = Channel,
                    Lines = lines,
                };
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> InsertWithNewNumberAsync(DbConnection connection, DbTransaction transaction, NewOrder order, DateTimeOffset placedAt, string channel, CancellationToken cancellationToken)
    {
        for (var draw = 0; draw < NumberDraws; draw++)
        {
            var number = drawNumber();
            var inserted = await connection.ExecuteAsync(database.Command(
                OrderSql.Insert,
                new
                {
                    Number = AnsiText.Of(number),
                    order.CustomerId,
                    Status = nameof(OrderStatus.Placed),
                    PlacedAt = placedAt,
                    Channel = channel,
                    CallId = order.CallId,
                },
                cancellationToken,
                transaction)).ConfigureAwait(false);
            if (inserted == 1)
            {
                return number;
            }
        }
        throw new InvalidOperationException($"No free order number after {NumberDraws} draws.");
    }
}
