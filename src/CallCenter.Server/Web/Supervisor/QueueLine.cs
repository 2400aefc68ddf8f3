namespace CallCenter.Server.Web.Supervisor;

/// <summary>One queue on the supervisor's board.</summary>
/// <param name="Waiting">Callers on hold now; callbacks not counted, they are in <paramref name="Callbacks"/>.</param>
/// <param name="OldestWaitingSince">When the caller on hold longest started waiting; null when nobody waits.</param>
/// <param name="Callbacks">Callers who hung up to be called back and wait for an agent.</param>
/// <param name="ServiceLevel">Today's, or null when the call records could not be read.</param>
public sealed record QueueLine(
    string Name,
    int Waiting,
    DateTimeOffset? OldestWaitingSince,
    int Ringing,
    int Talking,
    int Callbacks,
    TimeSpan Target,
    ServiceLevel? ServiceLevel);
