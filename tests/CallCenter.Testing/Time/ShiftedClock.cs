namespace CallCenter.Testing.Time;

/// <summary>
/// Real time, read as if it were a chosen moment: timers, delays and timestamps run as on the system clock, while
/// the wall-clock time starts at the moment given. End-to-end tests use it so opening hours, holidays and "today"
/// are fixed while prompts, timeouts and retries run for real.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private readonly TimeSpan shift;

    /// <param name="now">What <see cref="GetUtcNow"/> reads at this moment.</param>
    public ShiftedClock(DateTimeOffset now) => shift = now.ToUniversalTime() - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
}
