using CallCenter.Ari.Models;

namespace CallCenter.Ari.Connection;

/// <summary>
/// What Asterisk says right after a (re)connect: who it is, when it started, and which channels and bridges
/// it still counts as ours. Calls absent from <see cref="Application"/> are gone; present ones are taken back.
/// </summary>
public sealed record AriConnectedContext(
    AsteriskInfo Info,
    AriApplication Application,
    bool IsFirstConnection,
    bool AsteriskRestarted);
