namespace CallCenter.Core.Ivr.Flows;

/// <summary>The flow-wide "defaults:" section, so every menu need not repeat its timeout, attempts and fallback.</summary>
internal sealed record FlowDefaults(
    TimeSpan Timeout,
    TimeSpan FirstDigitTimeout,
    TimeSpan InterDigitTimeout,
    int Attempts,
    TimedPrompt? InvalidPrompt,
    TimedPrompt? TimeoutPrompt,
    string? Fallback,
    SourceLocation FallbackLocation)
{
    public static FlowDefaults Standard(string file) => new(
        TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(4), 3, null, null, null, new SourceLocation(file, 0, 0));
}
