using CallCenter.Ari.Events;
using CallCenter.Core.Calls;

namespace CallCenter.Telephony;

/// <summary>What a call's mailbox carries: Asterisk's events and our own inputs, in one order.</summary>
internal abstract record CallMessage;

internal sealed record AsteriskEvent(AriEvent Event) : CallMessage;

internal sealed record ServerInput(CallInput Input) : CallMessage;

/// <summary>The websocket was down for a while: check what we may have missed.</summary>
internal sealed record ResyncAfterReconnect : CallMessage;

/// <summary>We hung up but Asterisk never confirmed it.</summary>
internal sealed record HangupUnconfirmed : CallMessage;

/// <summary>The caller hung up during a recording and Asterisk has not reported it in time.</summary>
internal sealed record RecordingsUnsettled : CallMessage;
