namespace CallCenter.Server.Tests.AsteriskConfig;

/// <summary>A "#include", "#tryinclude" or "#exec" line of an Asterisk config file.</summary>
public sealed record AsteriskConfigDirective(string Name, string Argument, int Line);
