using System.Collections.Concurrent;

namespace CallCenter.Server.Web.SignIn;

/// <summary>
/// Wrong PINs per extension: after <see cref="WebOptions.SignInAttempts"/> in a row the extension is locked for
/// <see cref="WebOptions.SignInLockout"/>, so a four-digit PIN cannot be guessed by trying them all.
/// </summary>
public sealed class SignInThrottle(WebOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);

    /// <summary>When the extension may try again, if it is locked now.</summary>
    public DateTimeOffset? LockedUntil(string extension) =>
        failures.TryGetValue(extension, out var f) && f.LockedUntil is { } until && until > time.GetUtcNow() ? until : null;

    public void Failed(string extension) =>
        failures.AddOrUpdate(
            extension,
            _ => Next(new Failures(0, null)),
            (_, f) => Next(f.LockedUntil is { } until && until <= time.GetUtcNow() ? new Failures(0, null) : f));

    public void Succeeded(string extension) => failures.TryRemove(extension, out _);

    private Failures Next(Failures f)
    {
        var count = f.Count + 1;
        return count >= options.SignInAttempts ? new Failures(count, time.GetUtcNow() + options.SignInLockout) : new Failures(count, null);
    }

    private sealed record Failures(int Count, DateTimeOffset? LockedUntil);
}
