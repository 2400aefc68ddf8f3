namespace CallCenter.Server.Web.Desk;

/// <summary>One of the caller's previous calls on the screen pop: when, who took it, what they marked and wrote.</summary>
public sealed record PopCall(string CallId, DateTimeOffset StartedAt, string? Agent, string? Queue, string Outcome, string? Disposition, string? Notes);
