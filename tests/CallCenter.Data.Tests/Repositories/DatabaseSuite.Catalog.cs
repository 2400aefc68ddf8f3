using CallCenter.Core.Catalog;

namespace CallCenter.Data.Tests.Repositories;

public abstract partial class DatabaseSuite
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [TestCase("10001", 19.99, 12)]
    [TestCase("10002", 10, 0)]
    public async Task FindByCode_KnownProduct_GivesItsPriceAndStock(string code, decimal price, int stock)
    {
        await Given.ProductAsync("10001", 19.99m, 12, "Kettle");
        await Given.ProductAsync("10002", 10m, 0, "Toaster");

        var product = await Catalog.FindByCodeAsync(code, None);

        Assert.That(product is { } p ? (p.Code, p.Price, p.Stock) : default, Is.EqualTo((code, price, stock)));
    }

    [Test]
    public async Task FindByCode_CodeNobodySells_FindsNothing()
    {
        await Given.ProductAsync("10001", 19.99m, 12);

        var product = await Catalog.FindByCodeAsync("99999", None);

        Assert.That(product, Is.Null);
    }

    [Test]
    public async Task ActivePromotions_ForAProduct_OnlyThoseRunningThatDay()
    {
        await Given.ProductAsync("10001", 19.99m, 12);
        await Given.ProductAsync("10002", 10m, 5);
        await Given.PromotionAsync("10001", "ended yesterday", Today.AddDays(-10), Today.AddDays(-1));
        await Given.PromotionAsync("10001", "starts today", Today, Today.AddDays(5));
        await Given.PromotionAsync("10001", "ends today", Today.AddDays(-5), Today);
        await Given.PromotionAsync("10001", "starts tomorrow", Today.AddDays(1), Today.AddDays(5));
        await Given.PromotionAsync("10002", "other product", Today.AddDays(-1), Today.AddDays(1));
        await Given.PromotionAsync(null, "shop wide", Today.AddDays(-1), Today.AddDays(1));

        var promotions = await Catalog.ActivePromotionsAsync(Today, "10001", None);

        Assert.That(promotions.Select(p => p.Text), Is.EquivalentTo(new[] { "starts today", "ends today" }));
    }

    [Test]
    public async Task ActivePromotions_WithoutAProduct_OnlyShopWideOnesRunningThatDay()
    {
        await Given.ProductAsync("10001", 19.99m, 12);
        await Given.PromotionAsync("10001", "product", Today.AddDays(-1), Today.AddDays(1));
        await Given.PromotionAsync(null, "shop wide", Today.AddDays(-1), Today.AddDays(1));
        await Given.PromotionAsync(null, "shop wide, over", Today.AddDays(-9), Today.AddDays(-2));

        var promotions = await Catalog.ActivePromotionsAsync(Today, null, None);

        Assert.That(promotions, Is.EqualTo(new[] { new Promotion(promotions.Single().Id, null, "shop wide", "promo-shop-wide", Today.AddDays(-1), Today.AddDays(1)) }));
    }

    [Test]
    public async Task ActiveAnnouncements_OnlyThoseRunningThatDay()
    {
        await Given.AnnouncementAsync("holiday hours", Today.AddDays(-3), Today);
        await Given.AnnouncementAsync("new returns policy", Today.AddDays(1), Today.AddDays(30));
        await Given.AnnouncementAsync("summer sale over", Today.AddMonths(-4), Today.AddMonths(-3));

        var announcements = await Catalog.ActiveAnnouncementsAsync(Today, None);

        Assert.That(announcements.Select(a => a.Text), Is.EqualTo(new[] { "holiday hours" }));
    }
}
