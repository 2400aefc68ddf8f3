using CallCenter.Ari.Models;

namespace CallCenter.Ari.Connection;

/// <summary>
/// What Asterisk says right after a (re)connect: who it is, when it started, and which channels and bridges
/// it still counts as ours. Calls absent from <see cref="Application"/> are gone; present ones are taken back.
/// </summary>
/// <param name="Connection">
/// The number of this connection (1 for the first). Whatever was learned from the events of this connection
/// is current; only what predates it needs checking against <see cref="Application"/>, which was read while
/// this connection's first events may already have been arriving.
/// </param>
public sealed record AriConnectedContext(
    AsteriskInfo Info,
    AriApplication Application,
    int Connection,
    bool AsteriskRestarted)
{
    public bool IsFirstConnection => Connection == 1;
}
