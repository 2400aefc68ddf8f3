-- The whole data model, SQLite dialect. Times are UTC, stored as ISO 8601 text ("2026-11-22T14:31:35.862+00:00")
-- so they sort as text; dates as "yyyy-MM-dd", times of day as "HH:mm". Enums are stored by name.

CREATE TABLE customers (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    name               TEXT    NOT NULL,
    tier               TEXT    NOT NULL CHECK (tier IN ('Regular', 'Member', 'Vip')),
    birthday           TEXT    NULL,
    preferred_language TEXT    NULL,
    card_number        TEXT    NULL UNIQUE,
    points_balance     INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT    NOT NULL
);

-- One number belongs to one customer, so a caller id identifies at most one record.
CREATE TABLE customer_phones (
    e164        TEXT    NOT NULL PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    added_at    TEXT    NOT NULL
);
CREATE INDEX ix_customer_phones_customer ON customer_phones (customer_id);

CREATE TABLE points_history (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id   INTEGER NOT NULL REFERENCES customers (id),
    at            TEXT    NOT NULL,
    change        INTEGER NOT NULL,
    balance_after INTEGER NOT NULL,
    reason        TEXT    NOT NULL
);
CREATE INDEX ix_points_history_customer_at ON points_history (customer_id, at DESC);

CREATE TABLE products (
    code        TEXT    NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    description TEXT    NOT NULL,
    price       NUMERIC NOT NULL CHECK (price >= 0),
    stock       INTEGER NOT NULL CHECK (stock >= 0)
);

CREATE TABLE promotions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    product_code TEXT NULL REFERENCES products (code),
    text         TEXT NOT NULL,
    prompt_name  TEXT NOT NULL,
    starts_on    TEXT NOT NULL,
    ends_on      TEXT NOT NULL,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX ix_promotions_product_dates ON promotions (product_code, starts_on, ends_on);

CREATE TABLE announcements (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    text        TEXT NOT NULL,
    prompt_name TEXT NOT NULL,
    starts_on   TEXT NOT NULL,
    ends_on     TEXT NOT NULL,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX ix_announcements_dates ON announcements (starts_on, ends_on);

CREATE TABLE stores (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    name           TEXT NOT NULL,
    address        TEXT NOT NULL,
    phone          TEXT NOT NULL DEFAULT '',
    accepted_cards TEXT NOT NULL DEFAULT '',
    directions     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE store_hours (
    store_id    INTEGER NOT NULL REFERENCES stores (id),
    day_of_week INTEGER NOT NULL CHECK (day_of_week BETWEEN 0 AND 6),
    opens       TEXT    NOT NULL,
    closes      TEXT    NOT NULL,
    PRIMARY KEY (store_id, day_of_week)
);

CREATE TABLE orders (
    number            TEXT    NOT NULL PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customers (id),
    status            TEXT    NOT NULL CHECK (status IN ('Placed', 'Paid', 'Picking', 'Shipped', 'OutForDelivery', 'Delivered', 'Cancelled')),
    placed_at         TEXT    NOT NULL,
    expected_delivery TEXT    NULL,
    channel           TEXT    NOT NULL DEFAULT 'web',
    call_id           TEXT    NULL
);
CREATE INDEX ix_orders_customer_placed ON orders (customer_id, placed_at DESC);

CREATE TABLE order_lines (
    order_number TEXT    NOT NULL REFERENCES orders (number),
    line_no      INTEGER NOT NULL,
    product_code TEXT    NOT NULL REFERENCES products (code),
    quantity     INTEGER NOT NULL CHECK (quantity > 0),
    unit_price   NUMERIC NOT NULL,
    PRIMARY KEY (order_number, line_no)
);

CREATE TABLE order_status_history (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    order_number TEXT NOT NULL REFERENCES orders (number),
    from_status  TEXT NULL,
    to_status    TEXT NOT NULL,
    at           TEXT NOT NULL
);
CREATE INDEX ix_order_status_history_order ON order_status_history (order_number, at);

CREATE TABLE complaint_tickets (
    id             TEXT    NOT NULL PRIMARY KEY,
    created_at     TEXT    NOT NULL,
    caller_number  TEXT    NOT NULL,
    customer_id    INTEGER NULL REFERENCES customers (id),
    call_id        TEXT    NULL,
    recording_name TEXT    NULL,
    department     TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('Open', 'Assigned', 'Resolved', 'Closed')),
    assigned_to    TEXT    NULL,
    callback_done  INTEGER NOT NULL DEFAULT 0,
    summary        TEXT    NULL
);
CREATE INDEX ix_complaint_tickets_status_created ON complaint_tickets (status, created_at DESC);
CREATE INDEX ix_complaint_tickets_customer ON complaint_tickets (customer_id, status);

CREATE TABLE ticket_events (
    id        TEXT NOT NULL PRIMARY KEY,
    ticket_id TEXT NOT NULL REFERENCES complaint_tickets (id),
    at        TEXT NOT NULL,
    action    TEXT NOT NULL,
    actor     TEXT NULL,
    detail    TEXT NULL
);
CREATE INDEX ix_ticket_events_ticket_at ON ticket_events (ticket_id, at);

CREATE TABLE agents (
    extension TEXT    NOT NULL PRIMARY KEY,
    name      TEXT    NOT NULL,
    pin_hash  TEXT    NOT NULL,
    role      TEXT    NOT NULL DEFAULT 'agent' CHECK (role IN ('agent', 'supervisor', 'admin')),
    active    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE agent_skills (
    extension TEXT    NOT NULL REFERENCES agents (extension),
    skill     TEXT    NOT NULL,
    level     INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    PRIMARY KEY (extension, skill)
);

CREATE TABLE call_records (
    call_id          TEXT    NOT NULL PRIMARY KEY,
    started_at       TEXT    NOT NULL,
    answered_at      TEXT    NULL,
    ended_at         TEXT    NULL,
    caller_number    TEXT    NOT NULL,
    dialed_number    TEXT    NOT NULL DEFAULT '',
    customer_id      INTEGER NULL,
    language         TEXT    NOT NULL,
    queue            TEXT    NULL,
    enqueued_at      TEXT    NULL,
    offered_at       TEXT    NULL,
    offers           INTEGER NOT NULL DEFAULT 0,
    connected_at     TEXT    NULL,
    agent_extension  TEXT    NULL,
    wrap_up_ended_at TEXT    NULL,
    disposition      TEXT    NULL,
    notes            TEXT    NULL,
    outcome          TEXT    NOT NULL
);
CREATE INDEX ix_call_records_started ON call_records (started_at);
CREATE INDEX ix_call_records_customer_started ON call_records (customer_id, started_at DESC);
CREATE INDEX ix_call_records_agent_connected ON call_records (agent_extension, connected_at);

CREATE TABLE call_steps (
    call_id      TEXT    NOT NULL,
    sequence     INTEGER NOT NULL,
    at           TEXT    NOT NULL,
    node         TEXT    NOT NULL,
    input_masked TEXT    NULL,
    outcome      TEXT    NULL,
    PRIMARY KEY (call_id, sequence)
);

CREATE TABLE agent_state_changes (
    id              TEXT NOT NULL PRIMARY KEY,
    agent_extension TEXT NOT NULL,
    from_state      TEXT NOT NULL,
    to_state        TEXT NOT NULL,
    reason          TEXT NULL,
    at              TEXT NOT NULL
);
CREATE INDEX ix_agent_state_changes_agent_at ON agent_state_changes (agent_extension, at);

CREATE TABLE campaigns (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    window_start TEXT    NOT NULL,
    window_end   TEXT    NOT NULL,
    max_attempts INTEGER NOT NULL DEFAULT 3,
    active       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE campaign_attempts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns (id),
    customer_id  INTEGER NULL REFERENCES customers (id),
    phone        TEXT    NOT NULL,
    scheduled_at TEXT    NOT NULL,
    attempted_at TEXT    NULL,
    attempt      INTEGER NOT NULL DEFAULT 1,
    result       TEXT    NULL,
    call_id      TEXT    NULL
);
CREATE INDEX ix_campaign_attempts_campaign_scheduled ON campaign_attempts (campaign_id, scheduled_at);

CREATE TABLE do_not_call (
    e164     TEXT NOT NULL PRIMARY KEY,
    added_at TEXT NOT NULL,
    reason   TEXT NULL
);
