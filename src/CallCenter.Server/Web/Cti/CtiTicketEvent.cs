namespace CallCenter.Server.Web.Cti;

internal sealed record CtiTicketEvent(DateTimeOffset At, string Action, string? Actor, string? Detail);
