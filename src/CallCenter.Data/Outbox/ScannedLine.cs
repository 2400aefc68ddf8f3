namespace CallCenter.Data.Outbox;

/// <summary>
/// One line of a segment, from <paramref name="Offset"/> up to <paramref name="End"/> (after its newline): a sound
/// entry, or the reason it is not. An unterminated line is where a write stopped.
/// </summary>
internal readonly record struct ScannedLine(long Offset, long End, OutboxEntry? Entry, string? Problem, bool Terminated);
