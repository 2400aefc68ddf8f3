using CallCenter.Core.Calls;

namespace CallCenter.Core.Acd.Distribution;

/// <summary>The caller waited the queue's maximum, or the queue is gone: the distributor let go of them.</summary>
public sealed record QueueOverflowed(OverflowTarget Target) : CallInput;
