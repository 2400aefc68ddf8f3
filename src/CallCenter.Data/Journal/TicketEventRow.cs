using CallCenter.Core.Complaints;

namespace CallCenter.Data.Journal;

internal sealed class TicketEventRow
{
    public Guid Id { get; init; }
    public Guid TicketId { get; init; }
    public DateTimeOffset At { get; init; }
    public string Action { get; init; } = "";
    public string? Actor { get; init; }
    public string? Detail { get; init; }

    public TicketEvent ToEvent() => new(TicketId, At, Action, Actor, Detail) { Id = Id };
}
