namespace CallCenter.Server.Tests.AsteriskConfig;

/// <summary>One "key = value" or "key => value" line of an Asterisk config file.</summary>
public sealed record AsteriskConfigEntry(string Key, string Value, bool IsObjectArrow, int Line);
