using System.Threading.Channels;
using CallCenter.Core.Calls;
using CallCenter.Core.Ports;
using CallCenter.Testing;

namespace CallCenter.Telephony.Tests.Queueing;

/// <summary>Calls we place ourselves (callbacks): a session owns the channel before it exists and hears what happens to it.</summary>
public sealed class PlacedCallTests
{
    [Test]
    public async Task Place_TheCalleeAnswers_TheSessionIsToldAndThePhoneShowsOurNumber()
    {
        await using var rig = await Rig.StartAsync();
        var customer = rig.Asterisk.AddCallee("+15550003001", AgentBehavior.AnswerAfter(TimeSpan.FromMilliseconds(50)));
        await using var server = await rig.StartServerAsync(new RecordingBehaviours());
        var placed = new PlacedBehaviour();

        server.Switchboard.Place(Call("+15550003001", rig), placed.Create);
        await placed.NextAsync<CallArrived>();
        await placed.NextAsync<CalleeAnswered>();

        Assert.That(customer.Calls.Single().CallerIdNumber, Is.EqualTo("100"));
    }

    [Test]
    public async Task Place_ToANumberTheTrunkCannotReach_TheSessionEndsAsFailed()
    {
        await using var rig = await Rig.StartAsync();
        await using var server = await rig.StartServerAsync(new RecordingBehaviours());
        var placed = new PlacedBehaviour();

        server.Switchboard.Place(Call("+15550003002", rig), placed.Create);
        await placed.NextAsync<CallArrived>();
        var ended = await placed.NextAsync<CallEnded>();

        Assert.That(ended.Reason, Is.EqualTo(CallEndReason.Failed));
    }

    [Test]
    public async Task OurServerRestarts_ACallbackItLostIsHungUpAsAnOrphan()
    {
        await using var rig = await Rig.StartAsync();
        var customer = rig.Asterisk.AddCallee("+15550003003", AgentBehavior.Manual());
        var first = await rig.StartServerAsync(new RecordingBehaviours());
        first.Switchboard.Place(Call("+15550003003", rig), new PlacedBehaviour().Create);
        var ringing = await customer.WaitForCallAsync(Rig.Timeout);
        await ringing.WaitForRingingAsync(Rig.Timeout);

        await first.CrashAsync();
        await using var second = await rig.StartServerAsync(new RecordingBehaviours());
        await ringing.WaitForHangupAsync(Rig.Timeout);

        Assert.That(rig.Logs.Entries.Select(e => e.Message), Has.Some.StartsWith("Hanging up orphaned callback"));
    }

    private static PlacedCall Call(string number, Rig rig) =>
        new($"call-{number.TrimStart('+')}-callback1", $"PJSIP/{number}@{rig.Asterisk.CallerEndpoint}", number, "", "en", "100", "Hotline", TimeSpan.FromSeconds(10));

    /// <summary>A placed call's behaviour that only keeps what it is told, in order.</summary>
    private sealed class PlacedBehaviour : ICallBehaviour
    {
        private readonly Channel<CallInput> inputs = Channel.CreateUnbounded<CallInput>();

        public bool IsFinished { get; private set; }

        public ICallBehaviour Create(CallerInfo caller, ICallChannel channel) => this;

        public Task HandleAsync(CallInput input, CancellationToken cancellationToken)
        {
            IsFinished |= input is CallEnded;
            inputs.Writer.TryWrite(input);
            return Task.CompletedTask;
        }

        public async Task<T> NextAsync<T>()
        {
            using var timeout = new CancellationTokenSource(Rig.Timeout);
            while (true)
            {
                if (await inputs.Reader.ReadAsync(timeout.Token) is T wanted)
                {
                    return wanted;
                }
            }
        }
    }
}
