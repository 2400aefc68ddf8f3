namespace CallCenter.Core.Ivr.Flows;

/// <summary>One part of what a say node speaks: a prompt, or a variable spoken as a number, digits, money or a date.</summary>
public sealed record SayItem(SayKind Kind, string Value, SourceLocation Location);
