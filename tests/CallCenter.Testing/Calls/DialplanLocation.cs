namespace CallCenter.Testing;

/// <summary>A place in the dialplan a channel was sent to with POST /channels/{id}/continue.</summary>
public sealed record DialplanLocation(string Context, string Extension, int Priority);
