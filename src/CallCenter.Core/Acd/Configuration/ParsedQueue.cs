using CallCenter.Core.Ivr.Flows;

namespace CallCenter.Core.Acd.Configuration;

/// <summary>A queue as read from the file, with the lines the checks across queues and agents point at.</summary>
/// <param name="StepLocations">Where the time and the requirements of each of <see cref="QueueDefinition.Skills"/> were written, in the same order.</param>
internal sealed record ParsedQueue(
    QueueDefinition Definition,
    SourceLocation Location,
    IReadOnlyList<(SourceLocation After, SourceLocation Require)> StepLocations,
    SourceLocation OverflowLocation,
    SourceLocation LastAgentWaitLocation,
    SourceLocation ServiceLevelLocation);
