-- What a lookup found, in words, for the agent's screen pop ("order 100045: shipped, expected Nov 24").
ALTER TABLE call_steps ADD detail NVARCHAR(400) NULL;

-- Today's service level per queue reads the calls queued since midnight.
CREATE INDEX ix_call_records_enqueued ON call_records (enqueued_at);
