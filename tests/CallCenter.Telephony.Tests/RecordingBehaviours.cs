using System.Collections.Concurrent;
using CallCenter.Core.Calls;
using CallCenter.Core.Ports;

namespace CallCenter.Telephony.Tests;

/// <summary>
/// Behaviours that answer, remember every input in the order they got it, and can be told to stall on an
/// input — to see what the telephony layer delivers, and that one call cannot hold up another.
/// </summary>
internal sealed class RecordingBehaviours(Func<CallerInfo, CallInput, Task>? onInput = null) : ICallBehaviourFactory
{
    public ConcurrentDictionary<string, RecordingBehaviour> Calls { get; } = new();

    public ICallBehaviour Create(CallerInfo caller, ICallChannel channel)
    {
        var behaviour = new RecordingBehaviour(caller, channel, onInput);
        Calls[caller.CallId] = behaviour;
        return behaviour;
    }

    internal sealed class RecordingBehaviour(CallerInfo caller, ICallChannel channel, Func<CallerInfo, CallInput, Task>? onInput) : ICallBehaviour
    {
        private readonly List<CallInput> inputs = [];
        private readonly TaskCompletionSource ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CallerInfo Caller => caller;

        public IReadOnlyList<CallInput> Inputs
        {
            get
            {
                lock (inputs)
                {
                    return [.. inputs];
                }
            }
        }

        public string Digits => string.Concat(Inputs.OfType<DigitPressed>().Select(d => d.Digit));

        public Task Ended => ended.Task;

        public bool IsFinished { get; private set; }

        public async Task HandleAsync(CallInput input, CancellationToken cancellationToken)
        {
            lock (inputs)
            {
                inputs.Add(input);
            }
            if (onInput is not null)
            {
                await onInput(caller, input).WaitAsync(cancellationToken);
            }
            switch (input)
            {
                case CallArrived { Answered: false }:
                    await channel.AnswerAsync(cancellationToken);
                    break;
                case ShutdownRequested:
                    await channel.HangUpAsync(HangupCause.Normal, cancellationToken);
                    break;
                case CallEnded:
                    IsFinished = true;
                    ended.TrySetResult();
                    break;
            }
        }
    }
}
