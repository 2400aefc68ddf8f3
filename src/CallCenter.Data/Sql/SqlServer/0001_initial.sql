-- The whole data model, SQL Server dialect. Times are UTC in datetimeoffset(3); enums are stored by name.

CREATE TABLE customers (
    id                 BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    name               NVARCHAR(200)     NOT NULL,
    tier               VARCHAR(10)       NOT NULL CONSTRAINT ck_customers_tier CHECK (tier IN ('Regular', 'Member', 'Vip')),
    birthday           DATE              NULL,
    preferred_language VARCHAR(10)       NULL,
    card_number        VARCHAR(20)       NULL,
    points_balance     INT               NOT NULL CONSTRAINT df_customers_points DEFAULT 0,
    created_at         DATETIMEOFFSET(3) NOT NULL
);
-- Unique where present: regular customers have no card.
CREATE UNIQUE INDEX ux_customers_card_number ON customers (card_number) WHERE card_number IS NOT NULL;

CREATE TABLE customer_phones (
    e164        VARCHAR(20)       NOT NULL PRIMARY KEY,
    customer_id BIGINT            NOT NULL CONSTRAINT fk_customer_phones_customer REFERENCES customers (id),
    added_at    DATETIMEOFFSET(3) NOT NULL
);
CREATE INDEX ix_customer_phones_customer ON customer_phones (customer_id);

CREATE TABLE points_history (
    id            BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    customer_id   BIGINT            NOT NULL CONSTRAINT fk_points_history_customer REFERENCES customers (id),
    at            DATETIMEOFFSET(3) NOT NULL,
    change        INT               NOT NULL,
    balance_after INT               NOT NULL,
    reason        NVARCHAR(200)     NOT NULL
);
CREATE INDEX ix_points_history_customer_at ON points_history (customer_id, at DESC);

CREATE TABLE products (
    code        VARCHAR(20)    NOT NULL PRIMARY KEY,
    name        NVARCHAR(200)  NOT NULL,
    description NVARCHAR(1000) NOT NULL,
    price       DECIMAL(10, 2) NOT NULL CONSTRAINT ck_products_price CHECK (price >= 0),
    stock       INT            NOT NULL CONSTRAINT ck_products_stock CHECK (stock >= 0)
);

CREATE TABLE promotions (
    id           BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    product_code VARCHAR(20)    NULL CONSTRAINT fk_promotions_product REFERENCES products (code),
    text         NVARCHAR(1000) NOT NULL,
    prompt_name  VARCHAR(100)   NOT NULL,
    starts_on    DATE           NOT NULL,
    ends_on      DATE           NOT NULL,
    CONSTRAINT ck_promotions_dates CHECK (ends_on >= starts_on)
);
CREATE INDEX ix_promotions_product_dates ON promotions (product_code, starts_on, ends_on);

CREATE TABLE announcements (
    id          BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    text        NVARCHAR(1000) NOT NULL,
    prompt_name VARCHAR(100)   NOT NULL,
    starts_on   DATE           NOT NULL,
    ends_on     DATE           NOT NULL,
    CONSTRAINT ck_announcements_dates CHECK (ends_on >= starts_on)
);
CREATE INDEX ix_announcements_dates ON announcements (starts_on, ends_on);

CREATE TABLE stores (
    id             BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    name           NVARCHAR(200)  NOT NULL,
    address        NVARCHAR(500)  NOT NULL,
    phone          VARCHAR(30)    NOT NULL CONSTRAINT df_stores_phone DEFAULT '',
    accepted_cards NVARCHAR(500)  NOT NULL CONSTRAINT df_stores_cards DEFAULT '',
    directions     NVARCHAR(1000) NOT NULL CONSTRAINT df_stores_directions DEFAULT ''
);

CREATE TABLE store_hours (
    store_id    BIGINT  NOT NULL CONSTRAINT fk_store_hours_store REFERENCES stores (id),
    day_of_week TINYINT NOT NULL CONSTRAINT ck_store_hours_day CHECK (day_of_week BETWEEN 0 AND 6),
    opens       TIME(0) NOT NULL,
    closes      TIME(0) NOT NULL,
    CONSTRAINT pk_store_hours PRIMARY KEY (store_id, day_of_week)
);

CREATE TABLE orders (
    number            VARCHAR(20)       NOT NULL PRIMARY KEY,
    customer_id       BIGINT            NOT NULL CONSTRAINT fk_orders_customer REFERENCES customers (id),
    status            VARCHAR(20)       NOT NULL CONSTRAINT ck_orders_status CHECK (status IN ('Placed', 'Paid', 'Picking', 'Shipped', 'OutForDelivery', 'Delivered', 'Cancelled')),
    placed_at         DATETIMEOFFSET(3) NOT NULL,
    expected_delivery DATE              NULL,
    channel           VARCHAR(10)       NOT NULL CONSTRAINT df_orders_channel DEFAULT 'web',
    call_id           VARCHAR(64)       NULL
);
CREATE INDEX ix_orders_customer_placed ON orders (customer_id, placed_at DESC);

CREATE TABLE order_lines (
    order_number VARCHAR(20)    NOT NULL CONSTRAINT fk_order_lines_order REFERENCES orders (number),
    line_no      INT            NOT NULL,
    product_code VARCHAR(20)    NOT NULL CONSTRAINT fk_order_lines_product REFERENCES products (code),
    quantity     INT            NOT NULL CONSTRAINT ck_order_lines_quantity CHECK (quantity > 0),
    unit_price   DECIMAL(10, 2) NOT NULL,
    CONSTRAINT pk_order_lines PRIMARY KEY (order_number, line_no)
);

CREATE TABLE order_status_history (
    id           BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    order_number VARCHAR(20)       NOT NULL CONSTRAINT fk_order_status_history_order REFERENCES orders (number),
    from_status  VARCHAR(20)       NULL,
    to_status    VARCHAR(20)       NOT NULL,
    at           DATETIMEOFFSET(3) NOT NULL
);
CREATE INDEX ix_order_status_history_order ON order_status_history (order_number, at);

CREATE TABLE complaint_tickets (
    id             UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    created_at     DATETIMEOFFSET(3) NOT NULL,
    caller_number  VARCHAR(40)       NOT NULL,
    customer_id    BIGINT            NULL CONSTRAINT fk_complaint_tickets_customer REFERENCES customers (id),
    call_id        VARCHAR(64)       NULL,
    recording_name VARCHAR(200)      NULL,
    department     VARCHAR(50)       NOT NULL,
    status         VARCHAR(10)       NOT NULL CONSTRAINT ck_complaint_tickets_status CHECK (status IN ('Open', 'Assigned', 'Resolved', 'Closed')),
    assigned_to    VARCHAR(20)       NULL,
    callback_done  BIT               NOT NULL CONSTRAINT df_complaint_tickets_callback DEFAULT 0,
    summary        NVARCHAR(2000)    NULL
);
CREATE INDEX ix_complaint_tickets_status_created ON complaint_tickets (status, created_at DESC);
CREATE INDEX ix_complaint_tickets_customer ON complaint_tickets (customer_id, status);

CREATE TABLE ticket_events (
    id        UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    ticket_id UNIQUEIDENTIFIER  NOT NULL CONSTRAINT fk_ticket_events_ticket REFERENCES complaint_tickets (id),
    at        DATETIMEOFFSET(3) NOT NULL,
    action    VARCHAR(30)       NOT NULL,
    actor     VARCHAR(50)       NULL,
    detail    NVARCHAR(2000)    NULL
);
CREATE INDEX ix_ticket_events_ticket_at ON ticket_events (ticket_id, at);

CREATE TABLE agents (
    extension VARCHAR(20)   NOT NULL PRIMARY KEY,
    name      NVARCHAR(200) NOT NULL,
    pin_hash  VARCHAR(200)  NOT NULL,
    role      VARCHAR(20)   NOT NULL CONSTRAINT df_agents_role DEFAULT 'agent' CONSTRAINT ck_agents_role CHECK (role IN ('agent', 'supervisor', 'admin')),
    active    BIT           NOT NULL CONSTRAINT df_agents_active DEFAULT 1
);

CREATE TABLE agent_skills (
    extension VARCHAR(20) NOT NULL CONSTRAINT fk_agent_skills_agent REFERENCES agents (extension),
    skill     VARCHAR(50) NOT NULL,
    level     TINYINT     NOT NULL CONSTRAINT ck_agent_skills_level CHECK (level BETWEEN 1 AND 5),
    CONSTRAINT pk_agent_skills PRIMARY KEY (extension, skill)
);

CREATE TABLE call_records (
    call_id          VARCHAR(64)       NOT NULL PRIMARY KEY,
    started_at       DATETIMEOFFSET(3) NOT NULL,
    answered_at      DATETIMEOFFSET(3) NULL,
    ended_at         DATETIMEOFFSET(3) NULL,
    caller_number    VARCHAR(40)       NOT NULL,
    dialed_number    VARCHAR(40)       NOT NULL CONSTRAINT df_call_records_dialed DEFAULT '',
    customer_id      BIGINT            NULL,
    language         VARCHAR(10)       NOT NULL,
    queue            VARCHAR(50)       NULL,
    enqueued_at      DATETIMEOFFSET(3) NULL,
    offered_at       DATETIMEOFFSET(3) NULL,
    offers           INT               NOT NULL CONSTRAINT df_call_records_offers DEFAULT 0,
    connected_at     DATETIMEOFFSET(3) NULL,
    agent_extension  VARCHAR(20)       NULL,
    wrap_up_ended_at DATETIMEOFFSET(3) NULL,
    disposition      VARCHAR(50)       NULL,
    notes            NVARCHAR(4000)    NULL,
    outcome          VARCHAR(20)       NOT NULL
);
CREATE INDEX ix_call_records_started ON call_records (started_at);
CREATE INDEX ix_call_records_customer_started ON call_records (customer_id, started_at DESC);
CREATE INDEX ix_call_records_agent_connected ON call_records (agent_extension, connected_at);

CREATE TABLE call_steps (
    call_id      VARCHAR(64)       NOT NULL,
    sequence     INT               NOT NULL,
    at           DATETIMEOFFSET(3) NOT NULL,
    node         VARCHAR(100)      NOT NULL,
    input_masked VARCHAR(100)      NULL,
    outcome      VARCHAR(100)      NULL,
    CONSTRAINT pk_call_steps PRIMARY KEY (call_id, sequence)
);

CREATE TABLE agent_state_changes (
    id              UNIQUEIDENTIFIER  NOT NULL PRIMARY KEY,
    agent_extension VARCHAR(20)       NOT NULL,
    from_state      VARCHAR(20)       NOT NULL,
    to_state        VARCHAR(20)       NOT NULL,
    reason          NVARCHAR(200)     NULL,
    at              DATETIMEOFFSET(3) NOT NULL
);
CREATE INDEX ix_agent_state_changes_agent_at ON agent_state_changes (agent_extension, at);

CREATE TABLE campaigns (
    id           BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    name         NVARCHAR(200) NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    window_start TIME(0)       NOT NULL,
    window_end   TIME(0)       NOT NULL,
    max_attempts INT           NOT NULL CONSTRAINT df_campaigns_attempts DEFAULT 3,
    active       BIT           NOT NULL CONSTRAINT df_campaigns_active DEFAULT 0
);

CREATE TABLE campaign_attempts (
    id           BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    campaign_id  BIGINT            NOT NULL CONSTRAINT fk_campaign_attempts_campaign REFERENCES campaigns (id),
    customer_id  BIGINT            NULL CONSTRAINT fk_campaign_attempts_customer REFERENCES customers (id),
    phone        VARCHAR(20)       NOT NULL,
    scheduled_at DATETIMEOFFSET(3) NOT NULL,
    attempted_at DATETIMEOFFSET(3) NULL,
    attempt      INT               NOT NULL CONSTRAINT df_campaign_attempts_attempt DEFAULT 1,
    result       VARCHAR(30)       NULL,
    call_id      VARCHAR(64)       NULL
);
CREATE INDEX ix_campaign_attempts_campaign_scheduled ON campaign_attempts (campaign_id, scheduled_at);

CREATE TABLE do_not_call (
    e164     VARCHAR(20)       NOT NULL PRIMARY KEY,
    added_at DATETIMEOFFSET(3) NOT NULL,
    reason   NVARCHAR(200)     NULL
);
