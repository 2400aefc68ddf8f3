using Microsoft.Extensions.Logging;

namespace CallCenter.Testing;

/// <summary>How a <see cref="FakeAsterisk"/> is set up. Every property has a default that works for a unit test.</summary>
public sealed class FakeAsteriskOptions
{
    /// <summary>The Stasis application the default dialplan sends calls to. Default "callcenter".</summary>
    public string AppName { get; init; } = "callcenter";

    /// <summary>ARI user (ari.conf). Default "callcenter".</summary>
    public string User { get; init; } = "callcenter";

    /// <summary>ARI password (ari.conf). Default "change-me-ari".</summary>
    public string Password { get; init; } = "change-me-ari";

    /// <summary>
    /// Root of the sounds, laid out like Asterisk's: <c>{lang}/NAME.wav</c> is tried before <c>NAME.wav</c>.
    /// Null (the default) means no sound exists, so every <c>sound:</c> playback fails as it would on a bare Asterisk.
    /// </summary>
    public string? SoundsDirectory { get; init; }

    /// <summary>
    /// Factor applied to media time: playback lengths, the recording beep, recording limits and spoken audio.
    /// 1.0 (the default) is real time; 0.05 plays a 2 s prompt in 100 ms. Recorded durations are reported in media time.
    /// </summary>
    public double PlaybackSpeed { get; init; } = 1.0;

    /// <summary>Where recordings are written. Null (the default) means a temporary directory owned and deleted by the instance.</summary>
    public string? RecordingsDirectory { get; init; }

    /// <summary>Drives every timer: playbacks, answer delays, dial timeouts, DTMF gaps, event timestamps. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Which extensions enter which Stasis application. Null (the default) means <see cref="FakeDialplan.Default(string)"/> for <see cref="AppName"/>.</summary>
    public FakeDialplan? Dialplan { get; init; }

    /// <summary>The PJSIP endpoint simulated callers arrive on; it names their channels ("PJSIP/caller-00000000"). Default "caller".</summary>
    public string CallerEndpoint { get; init; } = "caller";

    /// <summary>Channel language when a call does not choose one. Default "en".</summary>
    public string DefaultLanguage { get; init; } = "en";

    /// <summary>How long a key press lasts; the ChannelDtmfReceived event comes at its end and carries it as duration_ms. Default 100 ms.</summary>
    public TimeSpan DtmfDuration { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Pause between two keys of one <see cref="FakePhoneCall.PressAsync"/>. Default 100 ms.</summary>
    public TimeSpan DtmfGap { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Media length of one spoken symbol (digits:, number:, characters:) when its sound file is missing. Default 0.6 s.</summary>
    public TimeSpan SpokenSymbolDuration { get; init; } = TimeSpan.FromMilliseconds(600);

    /// <summary>Media length of the beep before a recording. Default 0.25 s.</summary>
    public TimeSpan BeepDuration { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// When set, a <c>sound:</c> file that is missing plays for this media length instead of failing.
    /// Useful for flow tests that do not ship prompts; null (the default) fails like Asterisk.
    /// </summary>
    public TimeSpan? MissingSoundDuration { get; init; }

    /// <summary>The asterisk_id on every event and the entity id in /asterisk/info. Null (the default) picks a random MAC-like id.</summary>
    public string? AsteriskId { get; init; }

    /// <summary>Where the fake logs what it serves. Null (the default) logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }
}
