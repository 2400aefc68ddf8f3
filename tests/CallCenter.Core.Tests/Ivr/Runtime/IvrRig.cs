using CallCenter.Core.Calls;
using CallCenter.Core.Ivr.Flows;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Ivr.Runtime;
using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Core.Tests.Ivr.Runtime;

/// <summary>One IVR call on a scripted line: the test plays the caller and Asterisk, input by input.</summary>
internal sealed class IvrRig
{
    private static readonly DateTimeOffset TuesdayAfternoon = new(2026, 11, 24, 15, 0, 0, TimeSpan.Zero);

    public IvrRig(string flowYaml, params IIvrHandler[] handlers)
        : this(flowYaml, TuesdayAfternoon, handlers)
    {
    }

    /// <summary>A rig whose prompt catalog lacks some recordings (the flow itself must not name them).</summary>
    public IvrRig(string flowYaml, TestPrompts prompts, params IIvrHandler[] handlers)
        : this(flowYaml, TuesdayAfternoon, prompts, handlers)
    {
    }

    public IvrRig(string flowYaml, DateTimeOffset now, params IIvrHandler[] handlers)
        : this(flowYaml, now, null, handlers)
    {
    }

    /// <summary>A rig whose queue nodes hand callers to <paramref name="distributor"/>.</summary>
    public IvrRig(string flowYaml, ICallDistributor distributor, params IIvrHandler[] handlers)
        : this(flowYaml, TuesdayAfternoon, null, handlers, distributor)
    {
    }

    /// <summary>A rig whose queue nodes hand callers to <paramref name="distributor"/> and may offer them a callback by <paramref name="callbacks"/>.</summary>
    public IvrRig(string flowYaml, ICallDistributor distributor, ICallbackDialer callbacks, params IIvrHandler[] handlers)
        : this(flowYaml, TuesdayAfternoon, null, handlers, distributor, callbacks)
    {
    }

    private IvrRig(string flowYaml, DateTimeOffset now, TestPrompts? prompts, IIvrHandler[] handlers, ICallDistributor? distributor = null, ICallbackDialer? callbacks = null)
    {
        Time = new FakeTimeProvider(now);
        var environment = new FlowEnvironment(new TestPrompts(), handlers.Select(h => h.Name).ToHashSet());
        var compiled = FlowCompiler.Compile(flowYaml, "flows/test.yaml", environment);
        if (!compiled.Succeeded)
        {
            throw new AssertionException("The test flow does not compile:\n" + string.Join("\n", compiled.Errors));
        }
        Flow = compiled.Flow!;
        var services = new IvrServices(Journal, handlers.ToDictionary(h => h.Name), new TextSpeech(), Time, NullLoggerFactory.Instance) { Prompts = prompts, Distributor = distributor, Callbacks = callbacks };
        Call = new IvrCall(Flow, new CallerInfo("1795357895.0", "+15550111234", "Alice", "100", [], "en", Time.GetUtcNow()), Line, services);
    }

    public FakeTimeProvider Time { get; }

    public ScriptedLine Line { get; } = new();

    public RecordingJournal Journal { get; } = new();

    public FlowDefinition Flow { get; }

    public IvrCall Call { get; }

    public string? Node => Call.CurrentNode;

    /// <summary>The media of the last playback, as text.</summary>
    public string LastPlayed => string.Join(" ", Line.Played[^1].Media);

    public Task ArriveAsync(bool answered = false) => Send(new CallArrived(new CallerInfo("1795357895.0", "+15550111234", "Alice", "100", [], "en", Time.GetUtcNow()), Answered: answered));

    /// <summary>The last playback played out.</summary>
    public Task FinishPromptAsync() => Send(new PromptFinished(Line.Played[^1].Id, PromptOutcome.Done));

    public async Task PressAsync(string keys)
    {
        foreach (var key in keys)
        {
            await Send(new DigitPressed(key));
        }
    }

    /// <summary>The timer started last, still running, goes off.</summary>
    public Task ElapseAsync() =>
        Send(new TimerElapsed(Line.RunningTimer ?? throw new AssertionException("No timer is running.")));

    public Task RecordingDoneAsync(TimeSpan length) => Send(new RecordingEnded(Line.Recordings[^1], RecordingOutcome.Done, length));

    public Task HangUpAsync() => Send(new CallEnded(CallEndReason.CallerHungUp));

    public Task Send(CallInput input) => Call.HandleAsync(input, CancellationToken.None);
}
