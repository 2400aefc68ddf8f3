using System.Text;
using System.Text.Json.Nodes;

namespace CallCenter.Testing.Tests.Support;

/// <summary>A REST answer from the fake: status, raw body and its JSON.</summary>
public sealed record AriResponse(int Status, byte[] Body, string? ContentType)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public string? Message => (string?)Json?["message"];

    public override string ToString() => $"{Status} {Text}";
}
