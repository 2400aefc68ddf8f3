using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Ivr.Handlers;

/// <summary>
/// "order-quote": what the order the caller is putting together (customer-id, product-code, quantity) would
/// cost, before they confirm it. Found sets unit-price and order-total when the product exists and has that many
/// in stock; otherwise NotFound with quote-problem-prompt saying why (see <see cref="QuoteProblems"/>).
/// Nothing is reserved: place-order checks the stock again.
/// </summary>
public sealed class OrderQuoteHandler : LookupHandler
{
    public const string HandlerName = "order-quote";

    private readonly IProductCatalog catalog;

    public OrderQuoteHandler(IProductCatalog catalog, ILogger<OrderQuoteHandler> logger)
        : base(logger)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        this.catalog = catalog;
    }

    public override string Name => HandlerName;

    protected override async Task<HandlerResult> LookUpAsync(HandlerContext context, CancellationToken cancellationToken)
    {
        if (PhoneOrderRequest.Read(context, out var problem) is not { } request)
        {
            return PhoneOrderRequest.Problem(problem, $"no quote: {PhoneOrderRequest.ProblemText(problem)}");
        }
        var product = await catalog.FindByCodeAsync(request.ProductCode, cancellationToken).ConfigureAwait(false);
        if (product is null)
        {
            return PhoneOrderRequest.Problem(QuoteProblems.ProductNotFound, $"no quote for {request.Described}: product not found");
        }
        if (product.Stock < request.Quantity)
        {
            return PhoneOrderRequest.Problem(QuoteProblems.OutOfStock, $"no quote for {request.Described} {product.Name}: out of stock");
        }
        var total = product.Price * request.Quantity;
        return HandlerResult.Found(
            new Dictionary<string, string>
            {
                [CallVariables.UnitPrice] = VariableValues.Money(product.Price),
                [CallVariables.OrderTotal] = VariableValues.Money(total),
            },
            $"quote for {request.Described} {product.Name}: {SummaryText.Money(total)}");
    }
}
