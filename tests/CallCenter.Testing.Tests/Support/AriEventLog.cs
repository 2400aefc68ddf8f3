using System.Text.Json.Nodes;

namespace CallCenter.Testing.Tests.Support;

/// <summary>Events received on a raw websocket, in arrival order, with awaitable lookups.</summary>
public sealed class AriEventLog
{
    private readonly object _sync = new();
    private readonly List<JsonObject> _events = [];
    private readonly List<string> _raw = [];
    private readonly List<(Func<JsonObject, bool> Match, TaskCompletionSource<JsonObject> Done, int From)> _waiters = [];
    private readonly List<(Func<IReadOnlyList<JsonObject>, bool> Condition, TaskCompletionSource Done)> _conditions = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public IReadOnlyList<JsonObject> Events
    {
        get
        {
            lock (_sync)
            {
                return _events.ToArray();
            }
        }
    }

    public IReadOnlyList<string> Raw
    {
        get
        {
            lock (_sync)
            {
                return _raw.ToArray();
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _events.Count;
            }
        }
    }

    public void Add(string text, JsonObject? parsed)
    {
        lock (_sync)
        {
            _raw.Add(text);
            if (parsed is null)
            {
                return;
            }
            _events.Add(parsed);
            if ((string?)parsed["type"] is { } type)
            {
                _counts[type] = _counts.GetValueOrDefault(type) + 1;
            }
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Match(parsed))
                {
                    _waiters[i].Done.TrySetResult(parsed);
                    _waiters.RemoveAt(i);
                }
            }
            for (var i = _conditions.Count - 1; i >= 0; i--)
            {
                if (_conditions[i].Condition(_events))
                {
                    _conditions[i].Done.TrySetResult();
                    _conditions.RemoveAt(i);
                }
            }
        }
    }

    public int CountOf(string type)
    {
        lock (_sync)
        {
            return _counts.GetValueOrDefault(type);
        }
    }

    /// <summary>Waits until <paramref name="count"/> events of <paramref name="type"/> arrived (cheap even for thousands of events).</summary>
    public Task<bool> WaitForCountAsync(string type, int count, TimeSpan timeout) =>
        WaitUntilAsync(_ => _counts.GetValueOrDefault(type) >= count, timeout);

    /// <summary>Waits until <paramref name="condition"/> holds for the events received so far; false on timeout.</summary>
    public async Task<bool> WaitUntilAsync(Func<IReadOnlyList<JsonObject>, bool> condition, TimeSpan timeout)
    {
        TaskCompletionSource done;
        lock (_sync)
        {
            if (condition(_events))
            {
                return true;
            }
            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _conditions.Add((condition, done));
        }
        try
        {
            await done.Task.WaitAsync(timeout).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            lock (_sync)
            {
                _conditions.RemoveAll(c => ReferenceEquals(c.Done, done));
            }
            return false;
        }
    }

    /// <summary>The first event (from index <paramref name="from"/> on) matching, waiting for it if needed.</summary>
    public async Task<JsonObject> WaitAsync(Func<JsonObject, bool> match, TimeSpan timeout, string what, int from = 0)
    {
        TaskCompletionSource<JsonObject> done;
        lock (_sync)
        {
            for (var i = from; i < _events.Count; i++)
            {
                if (match(_events[i]))
                {
                    return _events[i];
                }
            }
            done = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, done, from));
        }
        try
        {
            return await done.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            var seen = string.Join(", ", Events.Select(e => (string?)e["type"]));
            throw new TimeoutException($"No {what} within {timeout.TotalSeconds} s. Received: {seen}");
        }
    }

    public Task<JsonObject> WaitForTypeAsync(string type, TimeSpan timeout, string? channelId = null, int from = 0) =>
        WaitAsync(e => (string?)e["type"] == type && (channelId is null || ChannelIdOf(e) == channelId), timeout, type + (channelId is null ? "" : " for " + channelId), from);

    public static string? ChannelIdOf(JsonObject e) =>
        (string?)e["channel"]?["id"] ?? (string?)e["peer"]?["id"];

    public IReadOnlyList<string> TypesFor(string channelId) =>
        Events.Where(e => ChannelIdOf(e) == channelId).Select(e => (string)e["type"]!).ToList();
}
