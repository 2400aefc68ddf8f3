namespace CallCenter.Telephony;

/// <summary>A call we place ourselves (a callback), as <see cref="CallSwitchboard.Place"/> takes it.</summary>
/// <param name="ChannelId">Ours, chosen before Asterisk hears of it.</param>
/// <param name="Endpoint">What Asterisk dials, e.g. "PJSIP/+15550111234@hotline-trunk".</param>
/// <param name="Number">The number called, as the call's own record knows it.</param>
/// <param name="Name">Who is called, when known.</param>
/// <param name="CallerIdNumber">The number the called phone shows: the hotline's.</param>
/// <param name="RingTimeout">How long it rings before Asterisk gives up (cause 19, no answer).</param>
internal sealed record PlacedCall(
    string ChannelId,
    string Endpoint,
    string Number,
    string Name,
    string Language,
    string CallerIdNumber,
    string CallerIdName,
    TimeSpan RingTimeout);
