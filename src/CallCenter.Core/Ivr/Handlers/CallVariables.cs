namespace CallCenter.Core.Ivr.Handlers;

/// <summary>
/// The call variables the handlers read and set, by the names flows use. Values are strings: numbers in the
/// invariant culture, amounts with two decimals ("19.99"), dates as yyyy-MM-dd; a "-prompt" variable holds a
/// prompt's name, and is left unset when there is nothing to say, so the say item naming it is skipped.
/// </summary>
public static class CallVariables
{
    public const string CustomerId = "customer-id";
    public const string CustomerName = "customer-name";

    /// <summary>Vip, Member or Regular.</summary>
    public const string Tier = "tier";

    /// <summary>en or zh: the language the customer chose before.</summary>
    public const string PreferredLanguage = "preferred-language";

    /// <summary>The membership card number the caller keyed in.</summary>
    public const string Card = "card";
    public const string Points = "points";

    public const string OrderNumber = "order-number";
    public const string OrderStatusPrompt = "order-status-prompt";
    public const string DeliveryPrompt = "delivery-prompt";
    public const string ExpectedDate = "expected-date";

    public const string ProductCode = "product-code";
    public const string Price = "price";
    public const string PromotionPrompt = "promotion-prompt";

    /// <summary>"promotion-now", set with <see cref="PromotionPrompt"/> only, so the introduction is not said when there is no offer.</summary>
    public const string PromotionIntroPrompt = "promotion-intro-prompt";

    public const string StoreCount = "store-count";

    /// <summary>"store-prompt-" followed by 1..store-count: each store's prompt, in the stores' order.</summary>
    public const string StorePromptPrefix = "store-prompt-";

    public const string Quantity = "quantity";
    public const string UnitPrice = "unit-price";
    public const string OrderTotal = "order-total";

    /// <summary>Why an order cannot be quoted or placed: product-not-found, invalid-quantity, out-of-stock or order-need-identity.</summary>
    public const string QuoteProblemPrompt = "quote-problem-prompt";

    /// <summary>The stored recording of the caller's message.</summary>
    public const string Recording = "recording";

    public static string StorePrompt(int position) => StorePromptPrefix + position.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
