using System.Globalization;
using CallCenter.Core.Complaints;
using CallCenter.Core.Customers;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Ports;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CallCenter.Server.Web.Cti;

/// <summary>
/// The REST half of the CTI API under /api/v1: a customer by phone, a call by id, tickets. Reads only. Bad input is
/// a 400 problem saying what is wrong; a database that does not answer is a 503 problem.
/// </summary>
public static class CtiRest
{
    public const int RecentOrders = 5;
    public const int DefaultTicketLimit = 50;
    public const int MaxTicketLimit = 500;
    private const int MaxCallIdLength = 128;

    public static void Map(RouteGroupBuilder api)
    {
        api.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context).ConfigureAwait(false);
            }
            catch (DataUnavailableException)
            {
                return CtiProblems.Unavailable();
            }
        });
        api.MapGet("/customers", CustomerByPhoneAsync);
        api.MapGet("/calls/{callId}", CallAsync);
        api.MapGet("/tickets", TicketsAsync);
        api.MapGet("/tickets/{ticketId}", TicketAsync);
        api.Map("/{**path}", (string? path) => CtiProblems.NotFound($"There is no /api/v1/{path}: see docs/CTI.md for the endpoints."));
    }

    private static async Task<IResult> CustomerByPhoneAsync(
        string? phone,
        ICustomerDirectory customers,
        IOrderBook orders,
        IComplaintDesk tickets,
        IvrHandlerOptions ivr,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return CtiProblems.BadRequest("Give the phone number: ?phone=%2B15551230001 (E.164; '+' is %2B in a query).");
        }
        // An unescaped '+' arrives as a space; the normaliser reads "+1555..." and " 1555..." alike.
        if (CallerNumbers.ToE164(phone, ivr.CallerRegion) is not { } e164)
        {
            return CtiProblems.BadRequest($"'{phone.Trim()}' is not a phone number. Give it in E.164, e.g. +15551230001.");
        }
        if (await customers.FindByPhoneAsync(e164, cancellationToken).ConfigureAwait(false) is not { } customer)
        {
            return CtiProblems.NotFound($"No customer has the number {e164}.");
        }
        var recent = await orders.RecentForCustomerAsync(customer.Id, RecentOrders, cancellationToken).ConfigureAwait(false);
        var open = await tickets.OpenForCustomerAsync(customer.Id, cancellationToken).ConfigureAwait(false);
        return Results.Json(CtiCustomer.Of(customer, recent, open), CtiJson.Options);
    }

    private static async Task<IResult> CallAsync(string callId, ICallJournal journal, CancellationToken cancellationToken)
    {
        if (callId.Length > MaxCallIdLength || callId.Any(char.IsControl))
        {
            return CtiProblems.BadRequest($"'{callId}' is not a call id: at most {MaxCallIdLength} printable characters.");
        }
        if (await journal.GetAsync(callId, cancellationToken).ConfigureAwait(false) is not { } record)
        {
            return CtiProblems.NotFound($"No call has the id '{callId}'.");
        }
        var steps = await journal.StepsAsync(callId, cancellationToken).ConfigureAwait(false);
        return Results.Json(CtiCall.Of(record, steps), CtiJson.Options);
    }

    private static async Task<IResult> TicketsAsync(string? status, string? limit, IComplaintDesk tickets, CancellationToken cancellationToken)
    {
        TicketStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status) && !status.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            if (!Enum.TryParse<TicketStatus>(status.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || status.Trim().All(char.IsAsciiDigit))
            {
                return CtiProblems.BadRequest($"status '{status}' is not one of: {string.Join(", ", Enum.GetNames<TicketStatus>().Select(n => n.ToLowerInvariant()))}, all.");
            }
            wanted = parsed;
        }
        var count = DefaultTicketLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxTicketLimit))
        {
            return CtiProblems.BadRequest(string.Create(CultureInfo.InvariantCulture, $"limit '{limit}' is not a whole number from 1 to {MaxTicketLimit}."));
        }
        var list = await tickets.ListAsync(wanted, count, cancellationToken).ConfigureAwait(false);
        return Results.Json(new CtiTicketList([.. list.Select(CtiTicket.Of)]), CtiJson.Options);
    }

    private static async Task<IResult> TicketAsync(string ticketId, IComplaintDesk tickets, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(ticketId, out var id))
        {
            return CtiProblems.BadRequest($"'{ticketId}' is not a ticket id: ticket ids are GUIDs such as 0193a5c2-7f1e-7c3b-9a41-2f5d8e6b1c0a.");
        }
        if (await tickets.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } ticket)
        {
            return CtiProblems.NotFound($"No ticket has the id {id}.");
        }
        var history = await tickets.HistoryAsync(id, cancellationToken).ConfigureAwait(false);
        return Results.Json(CtiTicket.Of(ticket, history), CtiJson.Options);
    }
}
