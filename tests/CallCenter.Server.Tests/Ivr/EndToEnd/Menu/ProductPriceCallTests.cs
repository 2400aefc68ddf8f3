using System.Globalization;
using CallCenter.Core.Catalog;
using static CallCenter.Server.Tests.Ivr.EndToEnd.HotlineCaller;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Menu;

/// <summary>3 at the main menu: a product code keyed in, its price and today's promotion said.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ProductPriceCallTests
{
    private static HotlineRig Rig => OpenHotline.Rig;

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DemoDatabase.SeededAt, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).DateTime);

    [Test]
    public async Task ProductWithoutPromotion_HearsItsPrice_ThenTheMainMenu()
    {
        var promoted = DemoDatabase.Data.Promotions.Where(p => p.IsActiveOn(Today)).Select(p => p.ProductCode).ToHashSet();
        var product = DemoDatabase.Data.Products.First(p => !promoted.Contains(p.Code));
        await using var caller = await AtProductCodeAsync();

        await caller.PressAsync(product.Code);
        var heard = await caller.MediaUntilAsync("main-menu");

        string[] price = [Sound("price-is"), .. Spoken.Money(product.Price), Sound("main-menu")];
        Assert.That(heard, Is.EqualTo(price));
    }

    [Test]
    public async Task ProductOnPromotionToday_HearsItsPriceThenThePromotion()
    {
        var product = Promoted();
        await using var caller = await AtProductCodeAsync();

        await caller.PressAsync(product.Code);
        var heard = await caller.MediaUntilAsync("main-menu");

        string[] priceAndPromotion = [Sound("price-is"), .. Spoken.Money(product.Price), Sound("promotion-now")];
        Assert.Multiple(() =>
        {
            Assert.That(heard.Take(priceAndPromotion.Length), Is.EqualTo(priceAndPromotion));
            Assert.That(heard[^1], Is.EqualTo(Sound("main-menu")));
        });
    }

    [Test]
    public async Task UnknownProduct_HearsProductNotFound_ThenTheMainMenu()
    {
        var codes = DemoDatabase.Data.Products.Select(p => p.Code).ToHashSet();
        var unknown = Enumerable.Range(10_000, 90_000).Select(i => i.ToString(CultureInfo.InvariantCulture)).First(c => !codes.Contains(c));
        await using var caller = await AtProductCodeAsync();

        await caller.PressAsync(unknown);
        var heard = await caller.MediaUntilAsync("main-menu");

        Assert.That(heard, Is.EqualTo(new[] { Sound("product-not-found"), Sound("main-menu") }));
    }

    private static Product Promoted()
    {
        var code = DemoDatabase.Data.Promotions.First(p => p.ProductCode is not null && p.IsActiveOn(Today)).ProductCode;
        return DemoDatabase.Data.Products.Single(p => p.Code == code);
    }

    private static async Task<HotlineCaller> AtProductCodeAsync()
    {
        var caller = await Rig.CallAsync();
        await caller.ReachMainMenuAsync();
        await caller.PressAsync("3");
        await caller.HearAsync("enter-product");
        return caller;
    }
}
