using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Server.Tests.Ivr.EndToEnd;

/// <summary>How a <see cref="HotlineRig"/> is set up; the defaults make a quick call in opening hours.</summary>
internal sealed record HotlineRigOptions
{
    /// <summary>Default: the demo data's moment, a Monday at 10:00 in New York — the hotline is open.</summary>
    public DateTimeOffset WallClock { get; init; } = DemoDatabase.SeededAt;

    /// <summary>Default 0.02: a 22 s main menu plays in under half a second, long enough to press a key into.</summary>
    public double PlaybackSpeed { get; init; } = 0.02;

    /// <summary>Default 0.1: the main menu waits 600 ms for a key, a card's digits may be 400 ms apart.</summary>
    public double TimeoutScale { get; init; } = 0.1;

    /// <summary>Default 50 ms: how often the server looks at the flow file.</summary>
    public TimeSpan ReloadInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Default none: the text of the queue file the server runs, written into the rig's folder (which goes with the
    /// rig); the repository's flows/queues.yaml when null.
    /// </summary>
    public string? Queues { get; init; }

    /// <summary>Default none: the agents logged in at start (Acd:LogInAtStart); nobody means every queue node takes its fallback.</summary>
    public IReadOnlyList<string> AgentsLoggedIn { get; init; } = [];

    /// <summary>
    /// Default none: real time read as <see cref="WallClock"/>. When set, the fake Asterisk and every service of the
    /// server run on this clock (its start replaces <see cref="WallClock"/>) and nothing that waits moves until the
    /// test advances it.
    /// </summary>
    public FakeTimeProvider? FakeTime { get; init; }

    /// <summary>Default none: the text of the flow the server runs instead of the shortened copy of flows/hotline.yaml.</summary>
    public string? Flow { get; init; }

    /// <summary>Default none: settings that replace or add to the rig's (e.g. "Acd:TickInterval").</summary>
    /// <summary>
    /// Whether the server pools its SQLite connections, as it does by default. Off unless asked: with pooling a
    /// database file moved away (an outage test) would still answer through connections kept open.
    /// </summary>
    public bool PooledDatabase { get; init; }

    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
}
