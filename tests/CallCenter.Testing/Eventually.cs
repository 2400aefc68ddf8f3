namespace CallCenter.Testing;

/// <summary>
/// Waits for a condition the code under test makes true on its own threads, for state that raises no event
/// to await. Polls briefly; fails with the description when the timeout passes.
/// </summary>
public static class Eventually
{
    public static Task TrueAsync(Func<bool> condition, string description, TimeSpan timeout) =>
        TrueAsync(() => Task.FromResult(condition()), description, timeout);

    public static async Task TrueAsync(Func<Task<bool>> condition, string description, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not true within {timeout.TotalSeconds:0.#} s: {description}");
            }
            await Task.Delay(10);
        }
    }
}
