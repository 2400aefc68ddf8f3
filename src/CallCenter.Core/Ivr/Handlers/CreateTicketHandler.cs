using CallCenter.Core.Complaints;
using CallCenter.Core.Customers;
using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Ivr.Handlers;

/// <summary>
/// "create-ticket": turns the message the caller recorded (recording) into a complaint ticket for customer
/// service, with the caller's number to call back and the customer when known (customer-id). Found once the
/// ticket is safe on the local disk (the complaint desk never waits for the database); NotFound when no
/// message was recorded.
/// </summary>
public sealed class CreateTicketHandler : LookupHandler
{
    public const string HandlerName = "create-ticket";

    public const string Department = "customer-service";

    /// <summary>What a ticket keeps as the number to call back when the switch gave none (an anonymous caller).</summary>
    public const string UnknownCaller = "unknown";

    /// <summary>The longest recording name a ticket can keep.</summary>
    public const int MaxRecordingNameLength = 200;

    private readonly IComplaintDesk desk;
    private readonly string region;

    public CreateTicketHandler(IComplaintDesk desk, IvrHandlerOptions options, ILogger<CreateTicketHandler> logger)
        : base(logger)
    {
        ArgumentNullException.ThrowIfNull(desk);
        region = CallerRegion.From(options);
        this.desk = desk;
    }

    public override string Name => HandlerName;

    protected override string OutageConsequence => "the caller's message is kept in Asterisk's recordings but has no ticket";

    protected override async Task<HandlerResult> LookUpAsync(HandlerContext context, CancellationToken cancellationToken)
    {
        var recording = context.Variable(CallVariables.Recording)?.Trim();
        if (string.IsNullOrEmpty(recording) || recording.Length > MaxRecordingNameLength)
        {
            Logger.LogWarning("No ticket opened in call {CallId}: the flow gave no recording name a ticket can keep", context.Caller.CallId);
            return HandlerResult.NotFound(summary: "complaint not kept (no recording)");
        }
        var ticket = new ComplaintTicket
        {
            Id = Guid.CreateVersion7(context.Now),
            CreatedAt = context.Now,
            CallerNumber = CallbackNumber(context.Caller.Number),
            CustomerId = VariableValues.ParseId(context.Variable(CallVariables.CustomerId)),
            CallId = context.Caller.CallId,
            RecordingName = recording,
            Department = Department,
        };
        await desk.OpenAsync(ticket, cancellationToken).ConfigureAwait(false);
        Logger.LogInformation("Ticket {TicketId} opened in call {CallId} with recording {Recording}", ticket.Id, context.Caller.CallId, recording);
        return HandlerResult.Found(summary: "complaint left (ticket opened)");
    }

    private string CallbackNumber(string? number) =>
        CallerNumbers.ToE164(number, region) ?? (string.IsNullOrWhiteSpace(number) ? UnknownCaller : number.Trim());
}
