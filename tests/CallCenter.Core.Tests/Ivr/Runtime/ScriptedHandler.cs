using CallCenter.Core.Ivr.Handlers;

namespace CallCenter.Core.Tests.Ivr.Runtime;

/// <summary>A handler that answers what the test tells it to, and remembers what it was given.</summary>
internal sealed class ScriptedHandler(string name, Func<HandlerContext, HandlerResult> answer) : IIvrHandler
{
    public string Name => name;

    public List<HandlerContext> Calls { get; } = [];

    public Task<HandlerResult> RunAsync(HandlerContext context, CancellationToken cancellationToken)
    {
        Calls.Add(context);
        return Task.FromResult(answer(context));
    }
}
