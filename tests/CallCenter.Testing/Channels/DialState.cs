using CallCenter.Testing.Asterisk;

namespace CallCenter.Testing.Channels;

/// <summary>An outgoing leg while it is being dialed.</summary>
internal sealed class DialState
{
    public required string DialString { get; init; }

    /// <summary>For an originated leg with an app: the Stasis app_data to run once answered ("callcenter,agent").</summary>
    public string? StasisAppData { get; init; }

    /// <summary>For an originated leg without an app: where the dialplan resumes once answered.</summary>
    public DialplanLocation? Continuation { get; init; }

    public bool Answered { get; set; }

    public bool Finished { get; set; }

    public ScheduledAction? Timeout { get; set; }

    public ScheduledAction? PhoneAction { get; set; }
}
