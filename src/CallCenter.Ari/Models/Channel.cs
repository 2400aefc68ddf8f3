using System.Text.Json;

namespace CallCenter.Ari.Models;

public sealed record Channel
{
    public string Id { get; init; } = "";
    public string ProtocolId { get; init; } = "";
    public string Name { get; init; } = "";

    /// <summary>One of <see cref="ChannelStates"/>; kept as text because Asterisk adds values over versions.</summary>
    public string State { get; init; } = "";
    public CallerId Caller { get; init; } = new();
    public CallerId Connected { get; init; } = new();
    public string Accountcode { get; init; } = "";
    public DialplanCep Dialplan { get; init; } = new();
    public DateTimeOffset Creationtime { get; init; }
    public string Language { get; init; } = "";
    public JsonElement? Channelvars { get; init; }
    public string? CallerRdnis { get; init; }
    public string? Tenantid { get; init; }
}
