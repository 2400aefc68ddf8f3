namespace CallCenter.Core.Records;

/// <summary>
/// What an agent wrote about a call, during or after it: the disposition code and free-text notes for the call's
/// record. A null leaves what the record has; an empty string clears it. Notes are the agent's words about a
/// customer: they are stored and shown, never logged.
/// </summary>
public sealed record CallAnnotation(string CallId, string AgentExtension, string? Disposition, string? Notes, DateTimeOffset At)
{
    /// <summary>
    /// The customer the agent identified an unknown caller as (the desk's new-customer form), so this call counts in
    /// their history; null leaves the record's customer as it is.
    /// </summary>
    public long? CustomerId { get; init; }
}
