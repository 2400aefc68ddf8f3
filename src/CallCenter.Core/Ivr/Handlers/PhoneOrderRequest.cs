namespace CallCenter.Core.Ivr.Handlers;

/// <summary>What a caller asked to order, read from the call variables customer-id, product-code and quantity.</summary>
internal sealed record PhoneOrderRequest(long CustomerId, string ProductCode, int Quantity)
{
    /// <summary>The request, or null with the prompt that tells the caller what is wrong with it.</summary>
    public static PhoneOrderRequest? Read(HandlerContext context, out string problemPrompt)
    {
        problemPrompt = "";
        if (VariableValues.ParseId(context.Variable(CallVariables.CustomerId)) is not { } customerId)
        {
            problemPrompt = QuoteProblems.NeedIdentity;
            return null;
        }
        if (KeyedInput.Key(context.Variable(CallVariables.ProductCode)) is not { } code)
        {
            problemPrompt = QuoteProblems.ProductNotFound;
            return null;
        }
        if (KeyedInput.Quantity(context.Variable(CallVariables.Quantity)) is not { } quantity)
        {
            problemPrompt = QuoteProblems.InvalidQuantity;
            return null;
        }
        return new PhoneOrderRequest(customerId, code, quantity);
    }

    public static HandlerResult Problem(string prompt, string summary) =>
        HandlerResult.NotFound(new Dictionary<string, string> { [CallVariables.QuoteProblemPrompt] = prompt }, summary);

    /// <summary>"2 x 20001", as a summary names what was ordered.</summary>
    public string Described => $"{Quantity} x {SummaryText.Keyed(ProductCode)}";

    /// <summary>Why an order cannot go ahead, in words: "product not found", "out of stock".</summary>
    public static string ProblemText(string prompt) => prompt switch
    {
        QuoteProblems.NeedIdentity => "caller not identified",
        QuoteProblems.ProductNotFound => "product not found",
        QuoteProblems.InvalidQuantity => "quantity not valid",
        QuoteProblems.OutOfStock => "out of stock",
        _ => prompt,
    };
}
