using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A text message (SIP MESSAGE) arrived for an endpoint.</summary>
public sealed record TextMessageReceived : AriEvent
{
    public TextMessage Message { get; init; } = new();
    public Endpoint? Endpoint { get; init; }

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys
    {
        get
        {
            if (Endpoint is not null)
            {
                yield return AriResourceKey.Endpoint(Endpoint.Technology, Endpoint.Resource);
            }
        }
    }
}
