using CallCenter.Core.Customers;
using CallCenter.Core.Orders;
using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Ivr.Handlers;

/// <summary>
/// "order-status": where the order the caller keyed in (order-number) is. Found sets order-status-prompt
/// (status-shipped, ...) and, for an order still on its way that has an expected date, delivery-prompt
/// (expected-delivery) and expected-date. An order number that is not digits, or that no order has, is NotFound.
/// </summary>
public sealed class OrderStatusHandler : LookupHandler
{
    public const string HandlerName = "order-status";

    public const string ExpectedDeliveryPrompt = "expected-delivery";

    private readonly IOrderBook orders;

    public OrderStatusHandler(IOrderBook orders, ILogger<OrderStatusHandler> logger)
        : base(logger)
    {
        ArgumentNullException.ThrowIfNull(orders);
        this.orders = orders;
    }

    public override string Name => HandlerName;

    /// <summary>The prompt that says an order's status: "status-" and the status in lower case, words joined by "-".</summary>
    public static string StatusPrompt(OrderStatus status) => status switch
    {
        OrderStatus.Placed => "status-placed",
        OrderStatus.Paid => "status-paid",
        OrderStatus.Picking => "status-picking",
        OrderStatus.Shipped => "status-shipped",
        OrderStatus.OutForDelivery => "status-out-for-delivery",
        OrderStatus.Delivered => "status-delivered",
        OrderStatus.Cancelled => "status-cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "An order status without a prompt."),
    };

    protected override async Task<HandlerResult> LookUpAsync(HandlerContext context, CancellationToken cancellationToken)
    {
        var keyed = context.Variable(CallVariables.OrderNumber);
        if (KeyedInput.Key(keyed) is not { } number)
        {
            Logger.LogDebug("Order number {OrderNumber} keyed in call {CallId} is not an order number", MembershipCard.Mask(keyed), context.Caller.CallId);
            return HandlerResult.NotFound(summary: "order number not valid");
        }
        var order = await orders.FindByNumberAsync(number, cancellationToken).ConfigureAwait(false);
        if (order is null)
        {
            Logger.LogDebug("Order number {OrderNumber} keyed in call {CallId} has no order", MembershipCard.Mask(number), context.Caller.CallId);
            return HandlerResult.NotFound(summary: $"order {SummaryText.Keyed(number)}: not found");
        }
        var set = new Dictionary<string, string> { [CallVariables.OrderStatusPrompt] = StatusPrompt(order.Status) };
        var summary = $"order {SummaryText.Keyed(order.Number)}: {SummaryText.Status(order.Status)}";
        // A delivered or cancelled order keeps the date it was once expected on; telling the caller it is still
        // expected then would be wrong.
        if (order.ExpectedDelivery is { } expected && order.Status is not (OrderStatus.Delivered or OrderStatus.Cancelled))
        {
            set[CallVariables.DeliveryPrompt] = ExpectedDeliveryPrompt;
            set[CallVariables.ExpectedDate] = VariableValues.Date(expected);
            summary += $", expected {SummaryText.Date(expected)}";
        }
        return HandlerResult.Found(set, summary);
    }
}
