using System.Text.Json;

namespace CallCenter.Ari.Models;

public sealed record Bridge
{
    public string Id { get; init; } = "";
    public string Technology { get; init; } = "";

    /// <summary>"mixing" or "holding".</summary>
    public string BridgeType { get; init; } = "";
    public string BridgeClass { get; init; } = "";
    public string Creator { get; init; } = "";
    public string Name { get; init; } = "";
    public IReadOnlyList<string> Channels { get; init; } = [];
    public string? VideoMode { get; init; }
    public string? VideoSourceId { get; init; }
    public DateTimeOffset Creationtime { get; init; }
    public JsonElement? Bridgevars { get; init; }
}
