using System.Data.Common;
using CallCenter.Data.Sql;

namespace CallCenter.Data.Seeding;

/// <summary>Writes each part of the data set through its statement, parents first, mapping ids as the database gives them.</summary>
internal sealed class SeedWriter(DbConnection connection, DbTransaction transaction, DatabaseProvider provider) : IAsyncDisposable
{
    private readonly List<(string Table, RowWriter Writer)> writers = [];

    public IReadOnlyList<SeededTable> Tables => writers.Select(w => new SeededTable(w.Table, w.Writer.Rows)).ToList();

    public async Task WriteAsync(DemoDataSet data, CancellationToken ct)
    {
        var customerIds = new Dictionary<long, long>();
        var customers = Writer("customers", DemoDataSql.InsertCustomer);
        var phones = Writer("customer_phones", DemoDataSql.InsertCustomerPhone);
        foreach (var c in data.Customers)
        {
            var id = await customers.WriteReturningIdAsync([c.Name, c.Tier, c.Birthday, c.PreferredLanguage, c.CardNumber, c.PointsBalance, c.CreatedAt], ct).ConfigureAwait(false);
            customerIds[c.Id] = id;
            foreach (var phone in c.Phones)
            {
                await phones.WriteAsync([phone, id, c.CreatedAt], ct).ConfigureAwait(false);
            }
        }
        long? Customer(long? id) => id is { } known ? customerIds[known] : null;

        var points = Writer("points_history", DemoDataSql.InsertPointsEntry);
        foreach (var p in data.PointsHistory)
        {
            await points.WriteAsync([customerIds[p.CustomerId], p.At, p.Change, p.BalanceAfter, p.Reason], ct).ConfigureAwait(false);
        }

        var products = Writer("products", DemoDataSql.InsertProduct);
        foreach (var p in data.Products)
        {
            await products.WriteAsync([p.Code, p.Name, p.Description, p.Price, p.Stock], ct).ConfigureAwait(false);
        }
        var promotions = Writer("promotions", DemoDataSql.InsertPromotion);
        foreach (var p in data.Promotions)
        {
            await promotions.WriteAsync([p.ProductCode, p.Text, p.PromptName, p.StartsOn, p.EndsOn], ct).ConfigureAwait(false);
        }
        var announcements = Writer("announcements", DemoDataSql.InsertAnnouncement);
        foreach (var a in data.Announcements)
        {
            await announcements.WriteAsync([a.Text, a.PromptName, a.StartsOn, a.EndsOn], ct).ConfigureAwait(false);
        }

        var stores = Writer("stores", DemoDataSql.InsertStore);
        var hours = Writer("store_hours", DemoDataSql.InsertStoreHours);
        foreach (var s in data.Stores)
        {
            var id = await stores.WriteReturningIdAsync([s.Name, s.Address, s.Phone, string.Join(',', s.AcceptedCards), s.Directions], ct).ConfigureAwait(false);
            foreach (var h in s.Hours)
            {
                await hours.WriteAsync([id, (int)h.Day, h.Opens, h.Closes], ct).ConfigureAwait(false);
            }
        }

        var orders = Writer("orders", DemoDataSql.InsertOrder);
        var lines = Writer("order_lines", DemoDataSql.InsertOrderLine);
        foreach (var o in data.Orders)
        {
            await orders.WriteAsync([o.Number, customerIds[o.CustomerId], o.Status, o.PlacedAt, o.ExpectedDelivery, o.Channel, null], ct).ConfigureAwait(false);
            for (var i = 0; i < o.Lines.Count; i++)
            {
                var line = o.Lines[i];
                await lines.WriteAsync([o.Number, i + 1, line.ProductCode, line.Quantity, line.UnitPrice], ct).ConfigureAwait(false);
            }
        }
        var orderHistory = Writer("order_status_history", DemoDataSql.InsertOrderStatusChange);
        foreach (var change in data.OrderStatusHistory)
        {
            await orderHistory.WriteAsync([change.OrderNumber, change.From, change.To, change.At], ct).ConfigureAwait(false);
        }

        var agents = Writer("agents", DemoDataSql.InsertAgent);
        var skills = Writer("agent_skills", DemoDataSql.InsertAgentSkill);
        foreach (var a in data.Agents)
        {
            await agents.WriteAsync([a.Extension, a.Name, a.PinHash, a.Role, true], ct).ConfigureAwait(false);
            foreach (var (skill, level) in a.Skills)
            {
                await skills.WriteAsync([a.Extension, skill, level], ct).ConfigureAwait(false);
            }
        }

        var calls = Writer("call_records", DemoDataSql.InsertCallRecord);
        foreach (var c in data.Calls)
        {
            await calls.WriteAsync(
                [c.CallId, c.StartedAt, c.AnsweredAt, c.EndedAt, c.CallerNumber, c.DialedNumber, Customer(c.CustomerId), c.Language, c.Queue, c.EnqueuedAt,
                 c.OfferedAt, c.Offers, c.ConnectedAt, c.AgentExtension, c.WrapUpEndedAt, c.Disposition, c.Notes, c.Outcome],
                ct).ConfigureAwait(false);
        }
        var steps = Writer("call_steps", DemoDataSql.InsertCallStep);
        foreach (var s in data.CallSteps)
        {
            await steps.WriteAsync([s.CallId, s.Sequence, s.At, s.Node, s.Input, s.Outcome], ct).ConfigureAwait(false);
        }
        var states = Writer("agent_state_changes", DemoDataSql.InsertAgentStateChange);
        foreach (var s in data.AgentStateChanges)
        {
            await states.WriteAsync([s.Id, s.AgentExtension, s.From, s.To, s.Reason, s.At], ct).ConfigureAwait(false);
        }

        var tickets = Writer("complaint_tickets", DemoDataSql.InsertTicket);
        foreach (var t in data.Tickets)
        {
            await tickets.WriteAsync(
                [t.Id, t.CreatedAt, t.CallerNumber, Customer(t.CustomerId), t.CallId, t.RecordingName, t.Department, t.Status, t.AssignedTo, t.CallbackDone, t.Summary],
                ct).ConfigureAwait(false);
        }
        var events = Writer("ticket_events", DemoDataSql.InsertTicketEvent);
        foreach (var e in data.TicketEvents)
        {
            await events.WriteAsync([e.Id, e.TicketId, e.At, e.Action, e.Actor, e.Detail], ct).ConfigureAwait(false);
        }

        var campaignIds = new Dictionary<long, long>();
        var campaigns = Writer("campaigns", DemoDataSql.InsertCampaign);
        foreach (var c in data.Campaigns)
        {
            campaignIds[c.Id] = await campaigns.WriteReturningIdAsync([c.Name, c.Kind, c.WindowStart, c.WindowEnd, c.MaxAttempts, c.Active], ct).ConfigureAwait(false);
        }
        var attempts = Writer("campaign_attempts", DemoDataSql.InsertCampaignAttempt);
        foreach (var a in data.CampaignAttempts)
        {
            await attempts.WriteAsync([campaignIds[a.CampaignId], Customer(a.CustomerId), a.Phone, a.ScheduledAt, a.AttemptedAt, a.Attempt, a.Result, null], ct).ConfigureAwait(false);
        }
        var doNotCall = Writer("do_not_call", DemoDataSql.InsertDoNotCall);
        foreach (var d in data.DoNotCall)
        {
            await doNotCall.WriteAsync([d.E164, d.AddedAt, d.Reason], ct).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (_, writer) in writers)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private RowWriter Writer(string table, SqlText sql)
    {
        var writer = new RowWriter(connection, transaction, sql, provider);
        writers.Add((table, writer));
        return writer;
    }
}
