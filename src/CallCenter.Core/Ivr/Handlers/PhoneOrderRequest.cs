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

    public static HandlerResult Problem(string prompt) =>
        HandlerResult.NotFound(new Dictionary<string, string> { [CallVariables.QuoteProblemPrompt] = prompt });
}
