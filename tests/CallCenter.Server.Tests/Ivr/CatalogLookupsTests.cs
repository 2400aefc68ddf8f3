using System.Globalization;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Data.Catalog;
using CallCenter.Data.Stores;

namespace CallCenter.Server.Tests.Ivr;

/// <summary>product-price and store-info on the real catalog and store directory over the demo data.</summary>
public sealed class CatalogLookupsTests : DemoDatabaseTest
{
    private static DateOnly FlowDay => DateOnly.FromDateTime(FlowNow.DateTime);

    [Test]
    public async Task PromotedProduct_SaysItsPriceAndTodaysPromotion()
    {
        var running = DemoDatabase.Data.Promotions.Where(p => p.ProductCode is not null && p.IsActiveOn(FlowDay)).ToList();
        var promoted = running.GroupBy(p => p.ProductCode!).First();
        var newest = promoted.OrderByDescending(p => p.StartsOn).ThenByDescending(p => p.Id).First();
        var product = DemoDatabase.Data.Products.Single(p => p.Code == promoted.Key);

        var result = await Handler().RunAsync(Call(CallVariables.ProductCode, product.Code), CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
        Assert.That(result.Set, Is.EquivalentTo(new Dictionary<string, string>
        {
            [CallVariables.Price] = product.Price.ToString("0.00", CultureInfo.InvariantCulture),
            [CallVariables.PromotionIntroPrompt] = "promotion-now",
            [CallVariables.PromotionPrompt] = newest.PromptName,
        }));
    }

    [Test]
    public async Task ProductWithOnlyPastOrFuturePromotions_SaysNoPromotion()
    {
        var running = DemoDatabase.Data.Promotions.Where(p => p.IsActiveOn(FlowDay)).Select(p => p.ProductCode).ToHashSet();
        var code = DemoDatabase.Data.Promotions.First(p => p.ProductCode is not null && !p.IsActiveOn(FlowDay) && !running.Contains(p.ProductCode)).ProductCode!;

        var result = await Handler().RunAsync(Call(CallVariables.ProductCode, code), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
            Assert.That(result.Set, Does.ContainKey(CallVariables.Price).And.Not.ContainKey(CallVariables.PromotionPrompt));
        });
    }

    [Test]
    public async Task UnknownProductCode_IsNotFound()
    {
        var codes = DemoDatabase.Data.Products.Select(p => p.Code).ToHashSet();
        var unknown = Enumerable.Range(10_000, 90_000).Select(i => i.ToString(CultureInfo.InvariantCulture)).First(c => !codes.Contains(c));

        var result = await Handler().RunAsync(Call(CallVariables.ProductCode, unknown), CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
    }

    [Test]
    public async Task StoreInfo_SaysTheThreeDemoStores()
    {
        var handler = new StoreInfoHandler(new StoreDirectory(Database), Logger<StoreInfoHandler>());

        var result = await handler.RunAsync(Call(), CancellationToken.None);

        Assert.That(result.Set, Is.EquivalentTo(new Dictionary<string, string>
        {
            [CallVariables.StoreCount] = "3",
            ["store-prompt-1"] = "store-1",
            ["store-prompt-2"] = "store-2",
            ["store-prompt-3"] = "store-3",
        }));
    }

    private ProductPriceHandler Handler() => new(new ProductCatalog(Database), Logger<ProductPriceHandler>());
}
