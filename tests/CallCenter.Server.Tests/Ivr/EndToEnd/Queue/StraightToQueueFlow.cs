namespace CallCenter.Server.Tests.Ivr.EndToEnd.Queue;

/// <summary>
/// A flow that takes every caller straight to the support queue, after finding out who they are (for their tier
/// and last agent): the distribution tests need callers in line, not a walk through the hotline's menus. A caller
/// sent to voicemail (1, or the queue's overflow) hears goodbye and is hung up; so is one whose agent hangs up.
/// </summary>
internal static class StraightToQueueFlow
{
    public const string Text = """
        flow: hotline
        description: Callers go straight to an agent of the support queue
        languages: [en]
        default-language: en
        start: identify
        nodes:
          identify:
            type: lookup
            handler: identify-caller
            found: agent
            not-found: agent
            error: agent
          agent:
            type: queue
            queue: support
            prompt: agent-unavailable
            fallback: message
            voicemail: message
          message:
            type: hangup
            prompt: goodbye
        """;
}
