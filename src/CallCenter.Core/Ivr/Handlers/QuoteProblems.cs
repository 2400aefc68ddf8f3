namespace CallCenter.Core.Ivr.Handlers;

/// <summary>The prompts order-quote and place-order put in quote-problem-prompt when an order cannot go ahead.</summary>
public static class QuoteProblems
{
    /// <summary>The code is not digits, or no product has it.</summary>
    public const string ProductNotFound = "product-not-found";

    /// <summary>The quantity is not a whole number from 1 to 99.</summary>
    public const string InvalidQuantity = "invalid-quantity";

    public const string OutOfStock = "out-of-stock";

    /// <summary>The flow does not know the caller (no customer-id): neither their number nor a card told us.</summary>
    public const string NeedIdentity = "order-need-identity";
}
