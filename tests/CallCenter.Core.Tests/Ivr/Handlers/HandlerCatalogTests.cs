using CallCenter.Core.Ivr.Handlers;

namespace CallCenter.Core.Tests.Ivr.Handlers;

public sealed class HandlerCatalogTests
{
    private static readonly string[] HotlineHandlers =
        ["identify-caller", "member-points", "order-status", "product-price", "store-info", "order-quote", "place-order", "create-ticket"];

    [Test]
    public void TheEightHandlers_AreKnownByTheNamesTheHotlineFlowUses()
    {
        using var logs = new HandlerLogs();
        var options = new IvrHandlerOptions();

        var catalog = new HandlerCatalog(
        [
            new IdentifyCallerHandler(new FakeCustomerDirectory(), options, logs.For<IdentifyCallerHandler>()),
            new MemberPointsHandler(new FakeCustomerDirectory(), logs.For<MemberPointsHandler>()),
            new OrderStatusHandler(new FakeOrderBook(), logs.For<OrderStatusHandler>()),
            new ProductPriceHandler(new FakeProductCatalog(), logs.For<ProductPriceHandler>()),
            new StoreInfoHandler(new FakeStoreDirectory(), logs.For<StoreInfoHandler>()),
            new OrderQuoteHandler(new FakeProductCatalog(), logs.For<OrderQuoteHandler>()),
            new PlaceOrderHandler(new FakeOrderBook(), logs.For<PlaceOrderHandler>()),
            new CreateTicketHandler(new FakeComplaintDesk(), options, logs.For<CreateTicketHandler>()),
        ]);

        Assert.That(catalog.Names, Is.EquivalentTo(HotlineHandlers));
    }

    [Test]
    public void Get_GivesTheHandlerOfThatName()
    {
        var points = new NamedHandler("member-points");
        var catalog = new HandlerCatalog([new NamedHandler("store-info"), points]);

        Assert.That(catalog.Get("member-points"), Is.SameAs(points));
    }

    [Test]
    public void TryGet_UnknownName_IsFalse()
    {
        var catalog = new HandlerCatalog([new NamedHandler("store-info")]);

        Assert.That(catalog.TryGet("store-hours", out _), Is.False);
    }

    [Test]
    public void Get_UnknownName_SaysWhichNamesAreKnown()
    {
        var catalog = new HandlerCatalog([new NamedHandler("store-info"), new NamedHandler("member-points")]);

        Assert.That(() => catalog.Get("store-hours"), Throws.TypeOf<KeyNotFoundException>().With.Message.Contains("store-hours").And.Message.Contains("member-points, store-info"));
    }

    [Test]
    public void TwoHandlersWithOneName_AreRefused()
    {
        Assert.That(
            () => new HandlerCatalog([new NamedHandler("store-info"), new NamedHandler("member-points"), new NamedHandler("store-info")]),
            Throws.ArgumentException.With.Message.Contains("Two handlers are named \"store-info\""));
    }

    [Test]
    public void HandlerWithoutAName_IsRefused()
    {
        Assert.That(() => new HandlerCatalog([new NamedHandler(" ")]), Throws.ArgumentException.With.Message.Contains("no name"));
    }

    [Test]
    public void Names_CannotBeChangedThroughTheSet()
    {
        var catalog = new HandlerCatalog([new NamedHandler("store-info")]);

        Assert.That(() => ((ICollection<string>)catalog.Names).Add("member-points"), Throws.TypeOf<NotSupportedException>());
    }

    private sealed class NamedHandler(string name) : IIvrHandler
    {
        public string Name => name;

        public Task<HandlerResult> RunAsync(HandlerContext context, CancellationToken cancellationToken) => Task.FromResult(HandlerResult.Found());
    }
}
