using System.Text.Json;

namespace CallCenter.Ari.Models;

public sealed record TextMessage
{
    public string From { get; init; } = "";
    public string To { get; init; } = "";
    public string Body { get; init; } = "";
    public JsonElement? Variables { get; init; }
}
