namespace CallCenter.Core.Ivr.Flows;

/// <summary>A prompt to play, optionally only between two dates (inclusive, in the flow's time zone).</summary>
public sealed record TimedPrompt(string Name, DateOnly? From, DateOnly? Until, SourceLocation Location)
{
    public bool PlaysOn(DateOnly day) => (From is null || day >= From) && (Until is null || day <= Until);

    /// <summary>A name with a {variable} in it is filled in during the call and cannot be checked beforehand.</summary>
    public bool IsTemplate => Name.Contains('{', StringComparison.Ordinal);
}
