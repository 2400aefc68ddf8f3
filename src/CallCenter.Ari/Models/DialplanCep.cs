namespace CallCenter.Ari.Models;

/// <summary>Context, extension and priority a channel is at in the dialplan.</summary>
public sealed record DialplanCep
{
    public string Context { get; init; } = "";
    public string Exten { get; init; } = "";
    public long Priority { get; init; }
    public string AppName { get; init; } = "";
    public string AppData { get; init; } = "";
}
