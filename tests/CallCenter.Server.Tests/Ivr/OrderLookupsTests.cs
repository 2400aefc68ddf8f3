using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Orders;
using CallCenter.Data.Orders;

namespace CallCenter.Server.Tests.Ivr;

/// <summary>order-status on the real order book over the demo data.</summary>
public sealed class OrderLookupsTests : DemoDatabaseTest
{
    [Test]
    public async Task ShippedOrder_SaysShippedAndItsExpectedDate()
    {
        var order = DemoDatabase.Data.Orders.First(o => o.Status == OrderStatus.Shipped && o.ExpectedDelivery is not null);

        var result = await Handler().RunAsync(Call(CallVariables.OrderNumber, order.Number), CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
        Assert.That(result.Set, Is.EquivalentTo(new Dictionary<string, string>
        {
            [CallVariables.OrderStatusPrompt] = "status-shipped",
            [CallVariables.DeliveryPrompt] = "expected-delivery",
            [CallVariables.ExpectedDate] = order.ExpectedDelivery!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }));
    }

    [Test]
    public async Task CancelledOrder_SaysCancelled_WithNoDeliveryDate()
    {
        var order = DemoDatabase.Data.Orders.First(o => o.Status == OrderStatus.Cancelled);

        var result = await Handler().RunAsync(Call(CallVariables.OrderNumber, order.Number), CancellationToken.None);

        Assert.That(result.Set, Is.EquivalentTo(new Dictionary<string, string> { [CallVariables.OrderStatusPrompt] = "status-cancelled" }));
    }

    [Test]
    public async Task OrderNumberNoOrderHas_IsNotFound()
    {
        var taken = DemoDatabase.Data.Orders.Select(o => o.Number).ToHashSet();
        var unknown = Enumerable.Range(10_000_000, 10_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).First(n => !taken.Contains(n));

        var result = await Handler().RunAsync(Call(CallVariables.OrderNumber, unknown), CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
    }

    private OrderStatusHandler Handler() => new(new OrderBook(Database), Logger<OrderStatusHandler>());
}
