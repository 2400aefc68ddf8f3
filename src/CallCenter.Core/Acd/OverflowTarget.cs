namespace CallCenter.Core.Acd;

/// <summary>Where a caller goes after the maximum wait; <paramref name="Queue"/> is set only for <see cref="OverflowAction.Queue"/>.</summary>
public sealed record OverflowTarget(OverflowAction Action, string? Queue = null);
