namespace CallCenter.Core.Complaints;

/// <summary>One line of a ticket's history: opened, assigned, resolved, called back, closed, a note.</summary>
public sealed record TicketEvent(Guid TicketId, DateTimeOffset At, string Action, string? Actor, string? Detail)
{
    /// <summary>Unique per event, so an event replayed from the outbox is stored once.</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();
}
