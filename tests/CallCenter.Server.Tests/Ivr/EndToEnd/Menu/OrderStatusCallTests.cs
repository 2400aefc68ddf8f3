using System.Globalization;
using CallCenter.Core.Orders;
using static CallCenter.Server.Tests.Ivr.EndToEnd.HotlineCaller;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Menu;

/// <summary>2 at the main menu: an order number keyed in, its status and expected delivery said.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class OrderStatusCallTests
{
    private static HotlineRig Rig => OpenHotline.Rig;

    [Test]
    public async Task ShippedOrder_HearsItsNumberStatusAndExpectedDate_ThenTheMainMenu()
    {
        var order = DemoDatabase.Data.Orders.First(o => o.Status == OrderStatus.Shipped && o.ExpectedDelivery is not null);
        await using var caller = await AtOrderNumberAsync();

        await caller.PressAsync(order.Number);
        var heard = await caller.MediaUntilAsync("main-menu");

        string[] status =
        [
            Sound("your-order"), .. Spoken.Digits(order.Number), Sound("status-shipped"),
            Sound("expected-delivery"), .. Spoken.Date(order.ExpectedDelivery!.Value), Sound("main-menu"),
        ];
        Assert.That(heard, Is.EqualTo(status));
    }

    [Test]
    public async Task UnknownOrder_HearsOrderNotFound_ThenTheMainMenu()
    {
        var taken = DemoDatabase.Data.Orders.Select(o => o.Number).ToHashSet();
        var unknown = Enumerable.Range(10_000_000, 10_000).Select(i => i.ToString(CultureInfo.InvariantCulture)).First(n => !taken.Contains(n));
        await using var caller = await AtOrderNumberAsync();

        await caller.PressAsync(unknown);
        var heard = await caller.MediaUntilAsync("main-menu");

        Assert.That(heard, Is.EqualTo(new[] { Sound("order-not-found"), Sound("main-menu") }));
    }

    [Test]
    public async Task TooFewDigitsEndedWithHash_HearsInvalidOrderAndIsAskedAgain()
    {
        await using var caller = await AtOrderNumberAsync();

        await caller.PressAsync("1234#");
        var heard = await caller.MediaUntilAsync("enter-order");

        Assert.That(heard, Is.EqualTo(new[] { Sound("invalid-order"), Sound("enter-order") }));
    }

    [Test]
    public async Task TooFewDigitsThenSilence_HearsInvalidOrderAndIsAskedAgain()
    {
        await using var caller = await AtOrderNumberAsync();

        await caller.PressAsync("1234");
        var heard = await caller.MediaUntilAsync("enter-order");

        Assert.That(heard, Is.EqualTo(new[] { Sound("invalid-order"), Sound("enter-order") }));
    }

    private static async Task<HotlineCaller> AtOrderNumberAsync()
    {
        var caller = await Rig.CallAsync();
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("2");
        await caller.HearAsync("enter-order");
        return caller;
    }
}
