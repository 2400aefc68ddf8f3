using CallCenter.Core.Customers;
using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Ivr.Handlers;

/// <summary>
/// "identify-caller": the customer whose number is calling, so the flow can greet them in their language and
/// knows who orders. Found sets customer-id, customer-name, tier and, when they have one, preferred-language;
/// an anonymous or unknown number is NotFound.
/// </summary>
public sealed class IdentifyCallerHandler : LookupHandler
{
    public const string HandlerName = "identify-caller";

    private readonly ICustomerDirectory customers;
    private readonly string region;

    public IdentifyCallerHandler(ICustomerDirectory customers, IvrHandlerOptions options, ILogger<IdentifyCallerHandler> logger)
        : base(logger)
    {
        ArgumentNullException.ThrowIfNull(customers);
        region = CallerRegion.From(options);
        this.customers = customers;
    }

    public override string Name => HandlerName;

    protected override async Task<HandlerResult> LookUpAsync(HandlerContext context, CancellationToken cancellationToken)
    {
        var e164 = CallerNumbers.ToE164(context.Caller.Number, region);
        if (e164 is null)
        {
            return HandlerResult.NotFound(summary: "caller: no number to know them by");
        }
        var customer = await customers.FindByPhoneAsync(e164, cancellationToken).ConfigureAwait(false);
        if (customer is null)
        {
            return HandlerResult.NotFound(summary: "caller: number not known");
        }
        var set = new Dictionary<string, string>
        {
            [CallVariables.CustomerId] = VariableValues.Number(customer.Id),
            [CallVariables.CustomerName] = customer.Name,
            [CallVariables.Tier] = customer.Tier.ToString(),
        };
        if (!string.IsNullOrWhiteSpace(customer.PreferredLanguage))
        {
            set[CallVariables.PreferredLanguage] = customer.PreferredLanguage.Trim();
        }
        return HandlerResult.Found(set, $"caller: {customer.Name} ({customer.Tier})");
    }
}
