namespace CallCenter.Core.Calls;

/// <summary>Who is calling and how the call reached us, as the switch reported it.</summary>
public sealed record CallerInfo(
    string CallId,
    string Number,
    string Name,
    string DialedExtension,
    IReadOnlyList<string> Args,
    string Language,
    DateTimeOffset ArrivedAt);
