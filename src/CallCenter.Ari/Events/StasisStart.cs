using System.Text.Json.Serialization;
using CallCenter.Ari.Models;

namespace CallCenter.Ari.Events;

/// <summary>A channel entered the application: the start of a call we own.</summary>
public sealed record StasisStart : AriEvent
{
    public IReadOnlyList<string> Args { get; init; } = [];
    public Channel Channel { get; init; } = new();
    public Channel? ReplaceChannel { get; init; }

    [JsonIgnore]
    public override IEnumerable<AriResourceKey> ResourceKeys
    {
        get
        {
            yield return AriResourceKey.Channel(Channel.Id);
            if (ReplaceChannel is not null)
            {
                yield return AriResourceKey.Channel(ReplaceChannel.Id);
            }
        }
    }
}
