using CallCenter.Core.Customers;
using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Ivr.Handlers;

/// <summary>
/// "product-price": the price of the product the caller keyed in (product-code), and its offer today. Found sets
/// price and, when a promotion for the product runs on the flow's day, promotion-prompt (the newest such
/// promotion's prompt) with promotion-intro-prompt (promotion-now). A code that is not digits, or that no
/// product has, is NotFound.
/// </summary>
public sealed class ProductPriceHandler : LookupHandler
{
    public const string HandlerName = "product-price";

    public const string PromotionNowPrompt = "promotion-now";

    private readonly IProductCatalog catalog;

    public ProductPriceHandler(IProductCatalog catalog, ILogger<ProductPriceHandler> logger)
        : base(logger)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        this.catalog = catalog;
    }

    public override string Name => HandlerName;

    protected override async Task<HandlerResult> LookUpAsync(HandlerContext context, CancellationToken cancellationToken)
    {
        var keyed = context.Variable(CallVariables.ProductCode);
        if (KeyedInput.Key(keyed) is not { } code)
        {
            Logger.LogDebug("Product code {ProductCode} keyed in call {CallId} is not a product code", MembershipCard.Mask(keyed), context.Caller.CallId);
            return HandlerResult.NotFound(summary: "product code not valid");
        }
        var product = await catalog.FindByCodeAsync(code, cancellationToken).ConfigureAwait(false);
        if (product is null)
        {
            return HandlerResult.NotFound(summary: $"product {SummaryText.Keyed(code)}: not found");
        }
        var set = new Dictionary<string, string> { [CallVariables.Price] = VariableValues.Money(product.Price) };
        var summary = $"price of {SummaryText.Keyed(product.Code)} {product.Name}: {SummaryText.Money(product.Price)}";

        // Now is the flow's local time, so its date is the day the caller lives in, not the server's UTC day.
        var today = DateOnly.FromDateTime(context.Now.DateTime);
        var promotions = await catalog.ActivePromotionsAsync(today, product.Code, cancellationToken).ConfigureAwait(false);
        var newest = promotions.OrderByDescending(p => p.StartsOn).ThenByDescending(p => p.Id).FirstOrDefault();
        if (newest is not null && PromptNames.IsPlayable(newest.PromptName))
        {
            set[CallVariables.PromotionIntroPrompt] = PromotionNowPrompt;
            set[CallVariables.PromotionPrompt] = newest.PromptName;
            summary += " (promotion told)";
        }
        else if (newest is not null)
        {
            Logger.LogWarning("Promotion {PromotionId} has the prompt name {PromptName}, which cannot be played; callers are not told of it", newest.Id, newest.PromptName);
        }
        return HandlerResult.Found(set, summary);
    }
}
