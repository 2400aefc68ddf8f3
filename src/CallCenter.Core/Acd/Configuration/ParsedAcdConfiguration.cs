namespace CallCenter.Core.Acd.Configuration;

/// <summary>A queue file read without errors, before queues and agents are checked against each other.</summary>
internal sealed record ParsedAcdConfiguration(IReadOnlyList<ParsedQueue> Queues, IReadOnlyList<ParsedAgent> Agents, int AutoPauseAfterMissedOffers);
