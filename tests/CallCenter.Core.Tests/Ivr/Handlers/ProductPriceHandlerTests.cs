using System.Globalization;
using CallCenter.Core.Catalog;
using CallCenter.Core.Ivr.Handlers;
using static CallCenter.Core.Tests.Ivr.Handlers.HandlerCalls;

namespace CallCenter.Core.Tests.Ivr.Handlers;

public sealed class ProductPriceHandlerTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.DateTime);

    private HandlerLogs logs = null!;
    private FakeProductCatalog catalog = null!;
    private ProductPriceHandler handler = null!;

    [SetUp]
    public void CreateHandler()
    {
        logs = new HandlerLogs();
        catalog = new FakeProductCatalog()
            .With(new Product("10234", "Wireless Earbuds", "", 49.9m, 12))
            .With(new Product("20117", "Electric Kettle", "", 29.99m, 0));
        handler = new ProductPriceHandler(catalog, logs.For<ProductPriceHandler>());
    }

    [TearDown]
    public void DisposeLogs() => logs.Dispose();

    [Test]
    public async Task KnownProduct_SetsItsPriceWithTwoDecimals()
    {
        var result = await handler.RunAsync(With(CallVariables.ProductCode, "10234"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
            Assert.That(result.Set(), Does.ContainKey(CallVariables.Price).WithValue("49.90"));
        });
    }

    [Test]
    [SetCulture("de-DE")]
    public async Task Price_IsWrittenWithADecimalPoint_WhateverTheServersCulture()
    {
        var result = await handler.RunAsync(With(CallVariables.ProductCode, "20117"));

        Assert.That(result.Set(), Does.ContainKey(CallVariables.Price).WithValue("29.99"));
    }

    [Test]
    public async Task ActivePromotion_SetsItsPromptAndTheIntroduction()
    {
        catalog.With(Promotion(1, "10234", "promo-earbuds-20", Today.AddDays(-3), Today.AddDays(3)));

        var result = await handler.RunAsync(With(CallVariables.ProductCode, "10234"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Set(), Does.ContainKey(CallVariables.PromotionPrompt).WithValue("promo-earbuds-20"));
            Assert.That(result.Set(), Does.ContainKey(CallVariables.PromotionIntroPrompt).WithValue("promotion-now"));
        });
    }

    [Test]
    public async Task NoPromotionToday_SetsNoPromotionPrompts()
    {
        catalog.With(Promotion(1, "10234", "promo-over", Today.AddDays(-30), Today.AddDays(-1)));
        catalog.With(Promotion(2, "10234", "promo-next-week", Today.AddDays(7), Today.AddDays(14)));
        catalog.With(Promotion(3, "20117", "promo-kettle", Today, Today));

        var result = await handler.RunAsync(With(CallVariables.ProductCode, "10234"));

        Assert.That(result.Set(), Does.Not.ContainKey(CallVariables.PromotionPrompt).And.Not.ContainKey(CallVariables.PromotionIntroPrompt));
    }

    [Test]
    public async Task SeveralPromotions_TheNewestIsSaid()
    {
        catalog.With(Promotion(1, "10234", "promo-month", Today.AddDays(-10), Today.AddDays(20)));
        catalog.With(Promotion(2, "10234", "promo-today", Today, Today.AddDays(14)));
        catalog.With(Promotion(3, "10234", "promo-week", Today.AddDays(-2), Today.AddDays(4)));

        var result = await handler.RunAsync(With(CallVariables.ProductCode, "10234"));

        Assert.That(result.Set(), Does.ContainKey(CallVariables.PromotionPrompt).WithValue("promo-today"));
    }

    [Test]
    public async Task Promotions_AreThoseOfTheFlowsDay_NotTheUtcDay()
    {
        var lateEvening = DateTimeOffset.Parse("2026-11-23T21:30:00-05:00", CultureInfo.InvariantCulture);
        catalog.With(Promotion(1, "10234", "promo-monday-only", new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 23)));

        var result = await handler.RunAsync(Context(new Dictionary<string, string> { [CallVariables.ProductCode] = "10234" }, now: lateEvening));

        Assert.That(result.Set(), Does.ContainKey(CallVariables.PromotionPrompt).WithValue("promo-monday-only"));
    }

    [TestCase("../../../etc/passwd", TestName = "PromotionPromptWithAPath_IsNotSaid")]
    [TestCase("promo 10234", TestName = "PromotionPromptWithASpace_IsNotSaid")]
    [TestCase("", TestName = "PromotionWithoutAPrompt_IsNotSaid")]
    public async Task PromotionWithAnUnplayablePrompt_IsNotSaid(string prompt)
    {
        catalog.With(Promotion(1, "10234", prompt, Today, Today));

        var result = await handler.RunAsync(With(CallVariables.ProductCode, "10234"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
            Assert.That(result.Set(), Does.Not.ContainKey(CallVariables.PromotionPrompt).And.Not.ContainKey(CallVariables.PromotionIntroPrompt));
        });
    }

    [Test]
    public async Task UnknownProduct_IsNotFound()
    {
        var result = await handler.RunAsync(With(CallVariables.ProductCode, "99999"));

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
    }

    [TestCase("", TestName = "EmptyProductCode_IsNotFound_WithoutAskingTheCatalog")]
    [TestCase("1023*", TestName = "ProductCodeWithAStar_IsNotFound_WithoutAskingTheCatalog")]
    public async Task MalformedProductCode_IsNotFound_WithoutAskingTheCatalog(string keyed)
    {
        var result = await handler.RunAsync(With(CallVariables.ProductCode, keyed));

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
            Assert.That(catalog.Asked, Is.Empty);
        });
    }

    [Test]
    public async Task DatabaseDown_IsError()
    {
        catalog.Unavailable = true;

        var result = await handler.RunAsync(With(CallVariables.ProductCode, "10234"));

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Error));
    }

    private static Promotion Promotion(long id, string code, string prompt, DateOnly from, DateOnly until) =>
        new(id, code, "An offer.", prompt, from, until);

    [Test]
    public async Task KnownProduct_SummaryGivesItsCodeNameAndPrice()
    {
        var result = await handler.RunAsync(With(CallVariables.ProductCode, "10234"));

        Assert.That(result.Summary, Is.EqualTo("price of 10234 Wireless Earbuds: $49.90"));
    }

    [Test]
    public async Task ActivePromotion_SummarySaysItWasTold()
    {
        catalog.With(Promotion(1, "10234", "promo-earbuds-20", Today.AddDays(-3), Today.AddDays(3)));

        var result = await handler.RunAsync(With(CallVariables.ProductCode, "10234"));

        Assert.That(result.Summary, Is.EqualTo("price of 10234 Wireless Earbuds: $49.90 (promotion told)"));
    }

    [Test]
    public async Task UnknownProduct_SummarySaysNotFound()
    {
        var result = await handler.RunAsync(With(CallVariables.ProductCode, "99999"));

        Assert.That(result.Summary, Is.EqualTo("product 99999: not found"));
    }
}
