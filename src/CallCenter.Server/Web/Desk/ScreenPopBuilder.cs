using System.Collections.Concurrent;
using CallCenter.Core.Acd.Configuration;
using CallCenter.Core.Acd.Events;
using CallCenter.Core.Customers;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Ports;
using CallCenter.Core.Records;

namespace CallCenter.Server.Web.Desk;

/// <summary>
/// Reads what a <see cref="ScreenPop"/> shows, all at once so the pop reaches the agent while the phone still rings.
/// A read that fails or is slow leaves its part empty with a note; the pop is never held back by it.
/// </summary>
public sealed class ScreenPopBuilder(
    ICustomerDirectory customers,
    IOrderBook orders,
    ICallJournal journal,
    IComplaintDesk complaints,
    IAcdConfigurationSource acd,
    DeskOptions options,
    IvrHandlerOptions ivr,
    TimeProvider time,
    ILogger<ScreenPopBuilder> logger)
{
    public async Task<ScreenPop> BuildAsync(CallOffered offered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offered);
        var problems = new ConcurrentQueue<string>();
        var e164 = CallerNumbers.ToE164(offered.CallerNumber, ivr.CallerRegion);
        var pop = new ScreenPop
        {
            CallId = offered.CallId,
            Queue = offered.Queue,
            Agent = offered.Agent,
            CallerNumber = offered.CallerNumber,
            CallerE164 = e164,
            IvrPath = [.. offered.IvrPath.OrderBy(s => s.Sequence).Select(PathLine)],
            Waited = offered.Waited,
            OfferedAt = offered.At,
        };

        Customer? customer;
        var unread = false;
        if (offered.CustomerId is { } id)
        {
            // Everything keyed by the customer id is read side by side with the customer.
            var customerRead = ReadAsync(ct => customers.GetAsync(id, ct), "the customer record", problems, cancellationToken);
            var rest = ReadRestAsync(pop, id, problems, cancellationToken);
            customer = (await customerRead.ConfigureAwait(false)).Value;
            unread = !(await customerRead.ConfigureAwait(false)).Read;
            pop = await rest.ConfigureAwait(false);
        }
        else if (e164 is not null)
        {
            // The IVR did not know the number; it may have been captured since, or the IVR's lookup may have failed.
            var found = await ReadAsync(ct => customers.FindByPhoneAsync(e164, ct), "the customer record", problems, cancellationToken).ConfigureAwait(false);
            customer = found.Value;
            unread = !found.Read;
            if (customer is not null)
            {
                pop = await ReadRestAsync(pop, customer.Id, problems, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            customer = null;
        }
        return pop with
        {
            Customer = customer is null ? null : PopCustomer.From(customer),
            CustomerUnread = unread,
            Problems = [.. problems],
        };
    }

    /// <summary>The pop again for a customer the agent just captured (or found) for this caller.</summary>
    public async Task<ScreenPop> ForCustomerAsync(ScreenPop pop, Customer customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pop);
        ArgumentNullException.ThrowIfNull(customer);
        var problems = new ConcurrentQueue<string>();
        var filled = await ReadRestAsync(pop with { Orders = [], History = [], OpenTickets = [] }, customer.Id, problems, cancellationToken).ConfigureAwait(false);
        return filled with { Customer = PopCustomer.From(customer), CustomerUnread = false, Problems = [.. problems], PushedAt = time.GetUtcNow() };
    }

    /// <summary>
    /// Reads a pop once at start, for a customer the database holds when there is one, so the first call's pop does not
    /// pay for the first connection and for compiling the reads (a few hundred milliseconds, more than the ring allows).
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var someone = await complaints.ListAsync(null, 1, cancellationToken).ConfigureAwait(false);
        var customerId = someone.FirstOrDefault()?.CustomerId ?? 1;
        await Task.WhenAll(
            customers.GetAsync(customerId, cancellationToken),
            customers.FindByPhoneAsync("+15550000000", cancellationToken),
            orders.RecentForCustomerAsync(customerId, options.RecentOrders, cancellationToken),
            journal.RecentForCustomerAsync(customerId, options.RecentCalls + 1, cancellationToken),
            complaints.OpenForCustomerAsync(customerId, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>A line of the caller's IVR path: what a lookup found in words, else the node, what was keyed and how it went.</summary>
    public static string PathLine(CallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (!string.IsNullOrWhiteSpace(step.Detail))
        {
            return step.Detail;
        }
        var line = step.Node;
        if (!string.IsNullOrEmpty(step.Input))
        {
            line += ": " + step.Input;
        }
        if (!string.IsNullOrEmpty(step.Outcome))
        {
            line += " (" + step.Outcome + ")";
        }
        return line;
    }

    private async Task<ScreenPop> ReadRestAsync(ScreenPop pop, long customerId, ConcurrentQueue<string> problems, CancellationToken cancellationToken)
    {
        var recentOrders = ReadAsync(ct => orders.RecentForCustomerAsync(customerId, options.RecentOrders, ct), "recent orders", problems, cancellationToken);
        // One more than shown: the current call may already be among them.
        var calls = ReadAsync(ct => journal.RecentForCustomerAsync(customerId, options.RecentCalls + 1, ct), "previous calls", problems, cancellationToken);
        var tickets = ReadAsync(ct => complaints.OpenForCustomerAsync(customerId, ct), "open complaint tickets", problems, cancellationToken);
        await Task.WhenAll(recentOrders, calls, tickets).ConfigureAwait(false);
        var agents = acd.Current.Agents;
        return pop with
        {
            Orders = (await recentOrders.ConfigureAwait(false)).Value ?? [],
            History = [.. ((await calls.ConfigureAwait(false)).Value ?? [])
                .Where(c => c.CallId != pop.CallId)
                .Take(options.RecentCalls)
                .Select(c => new PopCall(
                    c.CallId,
                    c.StartedAt,
                    c.AgentExtension is null ? null : agents.TryGetValue(c.AgentExtension, out var agent) ? $"{agent.Name} ({c.AgentExtension})" : c.AgentExtension,
                    c.Queue,
                    c.Outcome.ToString(),
                    c.Disposition,
                    c.Notes))],
            OpenTickets = (await tickets.ConfigureAwait(false)).Value ?? [],
        };
    }

    private async Task<(T? Value, bool Read)> ReadAsync<T>(Func<CancellationToken, Task<T>> read, string what, ConcurrentQueue<string> problems, CancellationToken cancellationToken)
    {
        try
        {
            return (await read(cancellationToken).WaitAsync(options.PopReadTimeout, time, cancellationToken).ConfigureAwait(false), true);
        }
        catch (DataUnavailableException e)
        {
            logger.LogWarning(e, "The screen pop could not read {What}: the database did not answer", what);
            problems.Enqueue($"Could not read {what}: the database is not answering.");
        }
        catch (TimeoutException)
        {
            logger.LogWarning("The screen pop gave up waiting for {What} after {Timeout}", what, options.PopReadTimeout);
            problems.Enqueue($"Could not read {what} in time.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The screen pop failed to read {What}", what);
            problems.Enqueue($"Could not read {what}.");
        }
        return (default, false);
    }
}
