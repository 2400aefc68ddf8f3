using CallCenter.Core.Ivr.Handlers;
using CallCenter.Data;
using CallCenter.Data.Catalog;
using CallCenter.Data.Customers;
using CallCenter.Data.Orders;
using CallCenter.Data.Stores;
using Microsoft.Extensions.Logging;

namespace CallCenter.Server.Tests.Ivr;

/// <summary>Every handler that reads the database, with the database file gone: the caller gets the error branch, the log one warning.</summary>
public sealed class DatabaseDownTests : DemoDatabaseTest
{
    private static readonly IvrHandlerOptions Options = new();

    private static readonly Dictionary<string, Func<DbConnectionFactory, ILoggerFactory, IIvrHandler>> Handlers = new()
    {
        [IdentifyCallerHandler.HandlerName] = (d, l) => new IdentifyCallerHandler(new CustomerDirectory(d), Options, l.CreateLogger<IdentifyCallerHandler>()),
        [MemberPointsHandler.HandlerName] = (d, l) => new MemberPointsHandler(new CustomerDirectory(d), l.CreateLogger<MemberPointsHandler>()),
        [OrderStatusHandler.HandlerName] = (d, l) => new OrderStatusHandler(new OrderBook(d), l.CreateLogger<OrderStatusHandler>()),
        [ProductPriceHandler.HandlerName] = (d, l) => new ProductPriceHandler(new ProductCatalog(d), l.CreateLogger<ProductPriceHandler>()),
        [StoreInfoHandler.HandlerName] = (d, l) => new StoreInfoHandler(new StoreDirectory(d), l.CreateLogger<StoreInfoHandler>()),
        [OrderQuoteHandler.HandlerName] = (d, l) => new OrderQuoteHandler(new ProductCatalog(d), l.CreateLogger<OrderQuoteHandler>()),
        [PlaceOrderHandler.HandlerName] = (d, l) => new PlaceOrderHandler(new OrderBook(d), l.CreateLogger<PlaceOrderHandler>()),
    };

    private static IEnumerable<string> HandlerNames => Handlers.Keys;

    [TestCaseSource(nameof(HandlerNames))]
    public async Task DatabaseGone_IsError_WithOneWarning(string name)
    {
        var handler = Handlers[name](Database, Loggers);
        File.Move(DatabaseFile, DatabaseFile + ".away");

        var result = await handler.RunAsync(EverythingKeyed(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Error));
            Assert.That(Logged.Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message), Has.Exactly(1).Contains($"Lookup {name} for call {CallId} could not reach the data"));
        });
    }

    /// <summary>Input every handler accepts, taken from the demo data, so each one goes as far as the database.</summary>
    private static HandlerContext EverythingKeyed()
    {
        var data = DemoDatabase.Data;
        var member = data.Customers.First(c => c.CardNumber is not null && c.Phones.Count > 0);
        var product = data.Products.First(p => p.Stock > 0);
        return Call(
            new Dictionary<string, string>
            {
                [CallVariables.Card] = member.CardNumber!,
                [CallVariables.CustomerId] = member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [CallVariables.OrderNumber] = data.Orders[0].Number,
                [CallVariables.ProductCode] = product.Code,
                [CallVariables.Quantity] = "1",
            },
            member.Phones[0]);
    }
}
