using CallCenter.Core.Customers;
using CallCenter.Core.Orders;
using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Ivr.Handlers;

/// <summary>
/// "place-order": places the order the caller confirmed (customer-id, product-code, quantity), in this call's
/// name. Found sets order-number, and unit-price and order-total at the price the order book charged; NotFound
/// with quote-problem-prompt out-of-stock when another caller took the stock since the quote (nothing is kept),
/// or the problem with the request (see <see cref="QuoteProblems"/>).
/// </summary>
public sealed class PlaceOrderHandler : LookupHandler
{
    public const string HandlerName = "place-order";

    private readonly IOrderBook orders;

    public PlaceOrderHandler(IOrderBook orders, ILogger<PlaceOrderHandler> logger)
        : base(logger)
    {
        ArgumentNullException.ThrowIfNull(orders);
        this.orders = orders;
    }

    public override string Name => HandlerName;

    protected override string OutageConsequence =>
        "the order may still have been placed, since a commit lost with its connection cannot be told from one that never happened";

    protected override async Task<HandlerResult> LookUpAsync(HandlerContext context, CancellationToken cancellationToken)
    {
        if (PhoneOrderRequest.Read(context, out var problem) is not { } request)
        {
            return PhoneOrderRequest.Problem(problem, $"phone order not placed: {PhoneOrderRequest.ProblemText(problem)}");
        }
        // The order book charges the product's price at the moment it takes the stock, whatever the line says;
        // the quote the caller heard is passed along only as what they expect.
        var quoted = VariableValues.ParseMoney(context.Variable(CallVariables.UnitPrice)) ?? 0m;
        var line = new OrderLine(request.ProductCode, request.Quantity, quoted);
        Order order;
        try
        {
            order = await orders.PlaceAsync(new NewOrder(request.CustomerId, [line], context.Caller.CallId), cancellationToken).ConfigureAwait(false);
        }
        catch (OutOfStockException)
        {
            Logger.LogInformation("Order in call {CallId} not placed: product {ProductCode} is out of stock for {Quantity}", context.Caller.CallId, MembershipCard.Mask(request.ProductCode), request.Quantity);
            return PhoneOrderRequest.Problem(QuoteProblems.OutOfStock, $"phone order of {request.Described} not placed: out of stock");
        }
        var charged = order.Lines.Single();
        Logger.LogInformation("Order {OrderNumber} placed in call {CallId} for customer {CustomerId}", MembershipCard.Mask(order.Number), context.Caller.CallId, request.CustomerId);
        return HandlerResult.Found(
            new Dictionary<string, string>
            {
                [CallVariables.OrderNumber] = order.Number,
                [CallVariables.UnitPrice] = VariableValues.Money(charged.UnitPrice),
                [CallVariables.OrderTotal] = VariableValues.Money(order.Total),
            },
            $"phone order {SummaryText.Keyed(order.Number)} placed: {request.Described}, {SummaryText.Money(order.Total)}");
    }
}
