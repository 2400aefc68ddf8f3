using CallCenter.Core.Calls;
using CallCenter.Core.Ports;

namespace CallCenter.Telephony.Tests;

/// <summary>Real behaviours, with every input they are given shown to the test first.</summary>
internal sealed class ObservedBehaviours(ICallBehaviourFactory inner, Action<CallInput> observe) : ICallBehaviourFactory
{
    public ICallBehaviour Create(CallerInfo caller, ICallChannel channel) => new Observed(inner.Create(caller, channel), observe);

    private sealed class Observed(ICallBehaviour inner, Action<CallInput> observe) : ICallBehaviour
    {
        public bool IsFinished => inner.IsFinished;

        public Task HandleAsync(CallInput input, CancellationToken cancellationToken)
        {
            observe(input);
            return inner.HandleAsync(input, cancellationToken);
        }
    }
}
