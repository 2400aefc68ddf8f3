namespace CallCenter.Core.Tests.Ivr.Runtime;

/// <summary>The flow the queue node's tests run: the caller is identified, then waits in the support queue.</summary>
internal static class QueueFlow
{
    public const string Yaml = """
        flow: test
        languages: [en]
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
            fallback: bye
            voicemail: message
          message:
            type: hangup
            prompt: complaint-intro
          bye:
            type: hangup
            prompt: goodbye
        """;
}
