using CallCenter.Data.Sql;

namespace CallCenter.Data.Seeding;

/// <summary>The statements the demo data is written with. Parameters are named as the columns they fill.</summary>
public static class DemoDataSql
{
    public static readonly SqlText CountCustomers = new("SELECT COUNT(*) FROM customers");

    public static readonly SqlText InsertCustomer = new(
        "INSERT INTO customers (name, tier, birthday, preferred_language, card_number, points_balance, created_at) VALUES (@name, @tier, @birthday, @preferred_language, @card_number, @points_balance, @created_at) RETURNING id",
        "INSERT INTO customers (name, tier, birthday, preferred_language, card_number, points_balance, created_at) OUTPUT INSERTED.id VALUES (@name, @tier, @birthday, @preferred_language, @card_number, @points_balance, @created_at)");

    public static readonly SqlText InsertCustomerPhone = new(
        "INSERT INTO customer_phones (e164, customer_id, added_at) VALUES (@e164, @customer_id, @added_at)");

    public static readonly SqlText InsertPointsEntry = new(
        "INSERT INTO points_history (customer_id, at, change, balance_after, reason) VALUES (@customer_id, @at, @change, @balance_after, @reason)");

    public static readonly SqlText InsertProduct = new(
        "INSERT INTO products (code, name, description, price, stock) VALUES (@code, @name, @description, @price, @stock)");

    public static readonly SqlText InsertPromotion = new(
        "INSERT INTO promotions (product_code, text, prompt_name, starts_on, ends_on) VALUES (@product_code, @text, @prompt_name, @starts_on, @ends_on)");

    public static readonly SqlText InsertAnnouncement = new(
        "INSERT INTO announcements (text, prompt_name, starts_on, ends_on) VALUES (@text, @prompt_name, @starts_on, @ends_on)");

    public static readonly SqlText InsertStore = new(
        "INSERT INTO stores (name, address, phone, accepted_cards, directions) VALUES (@name, @address, @phone, @accepted_cards, @directions) RETURNING id",
        "INSERT INTO stores (name, address, phone, accepted_cards, directions) OUTPUT INSERTED.id VALUES (@name, @address, @phone, @accepted_cards, @directions)");

    public static readonly SqlText InsertStoreHours = new(
        "INSERT INTO store_hours (store_id, day_of_week, opens, closes) VALUES (@store_id, @day_of_week, @opens, @closes)");

    public static readonly SqlText InsertOrder = new(
        "INSERT INTO orders (number, customer_id, status, placed_at, expected_delivery, channel, call_id) VALUES (@number, @customer_id, @status, @placed_at, @expected_delivery, @channel, @call_id)");

    public static readonly SqlText InsertOrderLine = new(
        "INSERT INTO order_lines (order_number, line_no, product_code, quantity, unit_price) VALUES (@order_number, @line_no, @product_code, @quantity, @unit_price)");

    public static readonly SqlText InsertOrderStatusChange = new(
        "INSERT INTO order_status_history (order_number, from_status, to_status, at) VALUES (@order_number, @from_status, @to_status, @at)");

    public static readonly SqlText InsertAgent = new(
        "INSERT INTO agents (extension, name, pin_hash, role, active) VALUES (@extension, @name, @pin_hash, @role, @active)");

    public static readonly SqlText InsertAgentSkill = new(
        "INSERT INTO agent_skills (extension, skill, level) VALUES (@extension, @skill, @level)");

    public static readonly SqlText InsertCallRecord = new(
        """
        INSERT INTO call_records (call_id, started_at, answered_at, ended_at, caller_number, dialed_number, customer_id, language, queue, enqueued_at, offered_at, offers, connected_at, agent_extension, wrap_up_ended_at, disposition, notes, outcome)
        VALUES (@call_id, @started_at, @answered_at, @ended_at, @caller_number, @dialed_number, @customer_id, @language, @queue, @enqueued_at, @offered_at, @offers, @connected_at, @agent_extension, @wrap_up_ended_at, @disposition, @notes, @outcome)
        """);

    public static readonly SqlText InsertCallStep = new(
        "INSERT INTO call_steps (call_id, sequence, at, node, input_masked, outcome) VALUES (@call_id, @sequence, @at, @node, @input_masked, @outcome)");

    public static readonly SqlText InsertAgentStateChange = new(
        "INSERT INTO agent_state_changes (id, agent_extension, from_state, to_state, reason, at) VALUES (@id, @agent_extension, @from_state, @to_state, @reason, @at)");

    public static readonly SqlText InsertTicket = new(
        """
        INSERT INTO complaint_tickets (id, created_at, caller_number, customer_id, call_id, recording_name, department, status, assigned_to, callback_done, summary)
        VALUES (@id, @created_at, @caller_number, @customer_id, @call_id, @recording_name, @department, @status, @assigned_to, @callback_done, @summary)
        """);

    public static readonly SqlText InsertTicketEvent = new(
        "INSERT INTO ticket_events (id, ticket_id, at, action, actor, detail) VALUES (@id, @ticket_id, @at, @action, @actor, @detail)");

    public static readonly SqlText InsertCampaign = new(
        "INSERT INTO campaigns (name, kind, window_start, window_end, max_attempts, active) VALUES (@name, @kind, @window_start, @window_end, @max_attempts, @active) RETURNING id",
        "INSERT INTO campaigns (name, kind, window_start, window_end, max_attempts, active) OUTPUT INSERTED.id VALUES (@name, @kind, @window_start, @window_end, @max_attempts, @active)");

    public static readonly SqlText InsertCampaignAttempt = new(
        "INSERT INTO campaign_attempts (campaign_id, customer_id, phone, scheduled_at, attempted_at, attempt, result, call_id) VALUES (@campaign_id, @customer_id, @phone, @scheduled_at, @attempted_at, @attempt, @result, @call_id)");

    public static readonly SqlText InsertDoNotCall = new(
        "INSERT INTO do_not_call (e164, added_at, reason) VALUES (@e164, @added_at, @reason)");

    // Children before parents, so that SQL Server's foreign keys allow each delete.
    public static readonly SqlText DeleteTicketEvents = new("DELETE FROM ticket_events");
    public static readonly SqlText DeleteTickets = new("DELETE FROM complaint_tickets");
    public static readonly SqlText DeleteCampaignAttempts = new("DELETE FROM campaign_attempts");
    public static readonly SqlText DeleteCampaigns = new("DELETE FROM campaigns");
    public static readonly SqlText DeleteDoNotCall = new("DELETE FROM do_not_call");
    public static readonly SqlText DeleteOrderStatusHistory = new("DELETE FROM order_status_history");
    public static readonly SqlText DeleteOrderLines = new("DELETE FROM order_lines");
    public static readonly SqlText DeleteOrders = new("DELETE FROM orders");
    public static readonly SqlText DeletePromotions = new("DELETE FROM promotions");
    public static readonly SqlText DeleteAnnouncements = new("DELETE FROM announcements");
    public static readonly SqlText DeleteProducts = new("DELETE FROM products");
    public static readonly SqlText DeleteStoreHours = new("DELETE FROM store_hours");
    public static readonly SqlText DeleteStores = new("DELETE FROM stores");
    public static readonly SqlText DeletePointsHistory = new("DELETE FROM points_history");
    public static readonly SqlText DeleteCustomerPhones = new("DELETE FROM customer_phones");
    public static readonly SqlText DeleteCallSteps = new("DELETE FROM call_steps");
    public static readonly SqlText DeleteCallRecords = new("DELETE FROM call_records");
    public static readonly SqlText DeleteAgentStateChanges = new("DELETE FROM agent_state_changes");
    public static readonly SqlText DeleteAgentSkills = new("DELETE FROM agent_skills");
    public static readonly SqlText DeleteAgents = new("DELETE FROM agents");
    public static readonly SqlText DeleteCustomers = new("DELETE FROM customers");

    /// <summary>Every delete, in an order the foreign keys allow: what --force runs before seeding.</summary>
    public static IReadOnlyList<SqlText> DeleteEverything { get; } =
    [
        DeleteTicketEvents, DeleteTickets, DeleteCampaignAttempts, DeleteCampaigns, DeleteDoNotCall, DeleteOrderStatusHistory,
        DeleteOrderLines, DeleteOrders, DeletePromotions, DeleteAnnouncements, DeleteProducts, DeleteStoreHours, DeleteStores,
        DeletePointsHistory, DeleteCustomerPhones, DeleteCallSteps, DeleteCallRecords, DeleteAgentStateChanges, DeleteAgentSkills,
        DeleteAgents, DeleteCustomers,
    ];
}
