namespace CallCenter.Telephony.Tests.Queueing;

/// <summary>What the test queue does with a caller.</summary>
internal sealed record QueueScript(string AgentEndpoint)
{
    public TimeSpan RingTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public string? MusicOnHold { get; init; } = "default";

    /// <summary>Played to the caller right after the hold starts, while music plays.</summary>
    public string? Announcement { get; init; }

    public bool RingAtOnce { get; init; } = true;

    public bool ConnectOnAnswer { get; init; } = true;

    /// <summary>Gives up on the agent as soon as the phone rings (as a queue does at its own timeout).</summary>
    public bool CancelOnRinging { get; init; }
}
