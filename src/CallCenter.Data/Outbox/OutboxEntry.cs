namespace CallCenter.Data.Outbox;

/// <summary>One record as the outbox keeps it: its place in the stream, what kind of record it is, and its JSON.</summary>
internal sealed record OutboxEntry(long Sequence, string Kind, byte[] Json);
