namespace CallCenter.Core.Ivr.Flows.Nodes;

/// <summary>How a node that waits for keys treats silence and wrong keys.</summary>
/// <param name="Attempts">How many times the caller is asked in all before the fallback.</param>
/// <param name="InvalidPrompt">Played after a wrong entry, before asking again.</param>
/// <param name="TimeoutPrompt">Played after silence, before asking again.</param>
public sealed record InputRetries(int Attempts, TimedPrompt? InvalidPrompt, TimedPrompt? TimeoutPrompt, FlowExit Fallback);
