using CallCenter.Core.Customers;
using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Ivr.Handlers;

/// <summary>
/// "member-points": the points on the membership card the caller keyed in (card). Found sets points and
/// customer-id; a number that fails the check digit never reaches the database and, like a card nobody holds,
/// is NotFound.
/// </summary>
public sealed class MemberPointsHandler : LookupHandler
{
    public const string HandlerName = "member-points";

    private readonly ICustomerDirectory customers;

    public MemberPointsHandler(ICustomerDirectory customers, ILogger<MemberPointsHandler> logger)
        : base(logger)
    {
        ArgumentNullException.ThrowIfNull(customers);
        this.customers = customers;
    }

    public override string Name => HandlerName;

    protected override async Task<HandlerResult> LookUpAsync(HandlerContext context, CancellationToken cancellationToken)
    {
        var card = context.Variable(CallVariables.Card)?.Trim();
        if (card is null || !MembershipCard.IsValid(card))
        {
            Logger.LogDebug("Card {Card} keyed in call {CallId} is not a card number", MembershipCard.Mask(card), context.Caller.CallId);
            return HandlerResult.NotFound(summary: $"card {MembershipCard.Mask(card)}: not a card number");
        }
        var customer = await customers.FindByCardAsync(card, cancellationToken).ConfigureAwait(false);
        if (customer is null)
        {
            Logger.LogDebug("Card {Card} keyed in call {CallId} belongs to no customer", MembershipCard.Mask(card), context.Caller.CallId);
            return HandlerResult.NotFound(summary: $"card {MembershipCard.Mask(card)}: no member holds it");
        }
        return HandlerResult.Found(new Dictionary<string, string>
        {
            [CallVariables.Points] = VariableValues.Number(customer.PointsBalance),
            [CallVariables.CustomerId] = VariableValues.Number(customer.Id),
        }, $"member points: {SummaryText.Count(customer.PointsBalance)} (card {MembershipCard.Mask(card)})");
    }
}
