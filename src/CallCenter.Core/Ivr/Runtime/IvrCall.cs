using System.Globalization;
using CallCenter.Core.Calls;
using CallCenter.Core.Customers;
using CallCenter.Core.Ivr.Flows;
using CallCenter.Core.Ivr.Flows.Nodes;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Ports;
using CallCenter.Core.Records;
using Microsoft.Extensions.Logging;
using Stateless;

namespace CallCenter.Core.Ivr.Runtime;

/// <summary>
/// One caller's way through a flow: a Stateless machine whose states are the flow's node ids, all substates of
/// InCall, so the end of the call is handled once. Fed only from the call's mailbox, one input at a time.
/// Keys pressed while a node does not take them are kept (type-ahead) for the next node that does; a key
/// during a menu's prompt stops it and every prompt queued behind it (barge-in).
/// </summary>
public sealed class IvrCall : ICallBehaviour
{
    private const string Ended = FlowMachine.Ended;
    private const string StartTrigger = FlowMachine.StartTrigger;
    private const string HangupTrigger = FlowMachine.HangupTrigger;

    private readonly StateMachine<string, string> machine;
    private readonly HashSet<string> playing = [];
    private readonly Dictionary<string, string> variables = new(StringComparer.Ordinal);
    private readonly List<CallStep> steps = [];
    private NodeRun? current;
    private FlowNode? currentNode;
    private CallRecord record;
    private int stepSequence;
    private int stepsWithoutInput;
    private int timers;
    private bool answered;
    private bool served;

    public IvrCall(FlowDefinition flow, CallerInfo caller, ICallChannel channel, IvrServices services)
    {
        Flow = flow;
        Caller = caller;
        Channel = channel;
        Services = services;
        Logger = services.Loggers.CreateLogger<IvrCall>();
        Language = flow.Languages.Contains(caller.Language) ? caller.Language : flow.DefaultLanguage;
        record = new CallRecord
        {
            CallId = caller.CallId,
            StartedAt = caller.ArrivedAt,
            CallerNumber = caller.Number,
            DialedNumber = caller.DialedExtension,
            Language = Language,
            Outcome = CallOutcome.InProgress,
        };
        machine = Build(flow);
    }

    public FlowDefinition Flow { get; }

    public bool IsFinished => machine.IsInState(Ended);

    /// <summary>The node the call is in, or null before the start and after the end.</summary>
    public string? CurrentNode => currentNode?.Id;

    internal CallerInfo Caller { get; }

    internal ICallChannel Channel { get; }

    internal IvrServices Services { get; }

    internal ILogger Logger { get; }

    internal string Language { get; set; }

    internal Queue<char> TypeAhead { get; } = new();

    internal IDictionary<string, string> Variables => variables;

    internal CancellationToken Token { get; private set; }

    internal DateTime LocalNow => TimeZoneInfo.ConvertTime(Services.Time.GetUtcNow(), Flow.TimeZone).DateTime;

    internal DateOnly Today => DateOnly.FromDateTime(LocalNow);

    /// <summary>The nodes the caller went through so far, as the call record keeps them (for the agent's screen).</summary>
    internal IReadOnlyList<CallStep> Steps => steps;

    /// <summary>The call record as it stands.</summary>
    internal CallRecord Record => record;

    /// <summary>For reports: which queue the caller asked for, and whether a message was kept.</summary>
    internal void Note(Func<CallRecord, CallRecord> change) => record = change(record);

    public async Task HandleAsync(CallInput input, CancellationToken cancellationToken)
    {
        Token = cancellationToken;
        switch (input)
        {
            case CallArrived arrived:
                await ArriveAsync(arrived).ConfigureAwait(false);
                break;
            case CallEnded ended:
                await EndAsync(ended).ConfigureAwait(false);
                break;
            case ShutdownRequested:
                await ShutdownAsync().ConfigureAwait(false);
                break;
            case DigitPressed pressed:
                stepsWithoutInput = 0;
                if (current is { TakesDigits: true } run)
                {
                    await ApplyAsync(run.OnDigitAsync(pressed.Digit)).ConfigureAwait(false);
                }
                else if (!IsFinished)
                {
                    TypeAhead.Enqueue(pressed.Digit);
                }
                break;
            case PromptFinished finished:
                playing.Remove(finished.PlaybackId);
                if (finished.Outcome == PromptOutcome.Failed && !IsFinished)
                {
                    Logger.LogWarning("Prompt {PlaybackId} in node {Node} could not be played", finished.PlaybackId, currentNode?.Id);
                }
                if (current is not null)
                {
                    await ApplyAsync(current.OnPromptFinishedAsync(finished.PlaybackId)).ConfigureAwait(false);
                }
                break;
            case TimerElapsed elapsed when current is not null:
                await ApplyAsync(current.OnTimerAsync(elapsed.Name)).ConfigureAwait(false);
                break;
            case RecordingEnded ended when current is not null:
                stepsWithoutInput = 0;
                await ApplyAsync(current.OnRecordingEndedAsync(ended)).ConfigureAwait(false);
                break;
            case not null when current is not null:
                await ApplyAsync(current.OnInputAsync(input)).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Plays media (already resolved to URIs) as one playback; null when there is nothing to play.</summary>
    internal async Task<string?> PlayAsync(IReadOnlyList<string> media)
    {
        if (media.Count == 0)
        {
            return null;
        }
        var playbackId = await Channel.PlayAsync(media, Language, Token).ConfigureAwait(false);
        playing.Add(playbackId);
        return playbackId;
    }

    /// <summary>Barge-in: stops the prompt playing and every one queued behind it.</summary>
    internal async Task StopPromptsAsync()
    {
        foreach (var playbackId in playing.ToList())
        {
            await Channel.StopPlaybackAsync(playbackId, Token).ConfigureAwait(false);
        }
        playing.Clear();
    }

    internal (string Name, IDisposable Timer) StartTimer(TimeSpan delay, string purpose)
    {
        var name = $"{currentNode?.Id}:{purpose}:{++timers}";
        return (name, Channel.StartTimer(delay, name));
    }

    /// <summary>The media of prompts that play today, with {variables} filled in; a prompt naming an unset variable is left out.</summary>
    internal IReadOnlyList<string> MediaFor(IEnumerable<TimedPrompt?> prompts)
    {
        var today = Today;
        return prompts.OfType<TimedPrompt>()
            .Where(p => p.PlaysOn(today))
            .Select(p => Fill(p.Name))
            .OfType<string>()
            .Select(Sound)
            .ToList();
    }

    internal IReadOnlyList<string> MediaFor(IEnumerable<SayItem> items)
    {
        var media = new List<string>();
        foreach (var item in items)
        {
            var names = item.Kind switch
            {
                SayKind.Prompt => Fill(item.Value) is { } prompt ? [prompt] : [],
                _ => Spoken(item),
            };
            media.AddRange(names.Select(Sound));
        }
        return media;
    }

    internal async Task<HandlerResult> RunHandlerAsync(string name)
    {
        var handler = Services.Handlers[name];
        // Now in the flow's time zone: "today" for a promotion is the caller's day, not UTC's.
        var now = TimeZoneInfo.ConvertTime(Services.Time.GetUtcNow(), Flow.TimeZone);
        var context = new HandlerContext(Caller, Language, now, new Dictionary<string, string>(variables, StringComparer.Ordinal));
        HandlerResult result;
        try
        {
            result = await handler.RunAsync(context, Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (Token.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            Logger.LogError(exception, "Handler {Handler} failed in node {Node}", name, currentNode?.Id);
            return HandlerResult.Error with { Summary = $"{name}: the lookup failed" };
        }
        foreach (var (key, value) in result.Set ?? new Dictionary<string, string>())
        {
            variables[key] = value;
        }
        if (variables.TryGetValue("customer-id", out var customer) && long.TryParse(customer, NumberStyles.Integer, CultureInfo.InvariantCulture, out var customerId))
        {
            record = record with { CustomerId = customerId };
        }
        return result;
    }

    private static string Sound(string prompt) => "sound:" + prompt;

    private IReadOnlyList<string> Spoken(SayItem item)
    {
        if (!variables.TryGetValue(item.Value, out var text))
        {
            return [];
        }
        var speech = Services.Speech;
        IReadOnlyList<string>? spoken = item.Kind switch
        {
            SayKind.Number when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => speech.Number(number, Language),
            SayKind.Digits when text.Length > 0 && text.All(char.IsAsciiDigit) => speech.Digits(text, Language),
            SayKind.Money when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) => speech.Money(amount, Language),
            SayKind.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) => speech.Date(day, Language),
            _ => null,
        };
        if (spoken is null)
        {
            Logger.LogWarning("Variable {Variable} cannot be spoken as {SayKind} in node {Node}", item.Value, item.Kind, currentNode?.Id);
        }
        return spoken ?? [];
    }

    /// <summary>"status-{order-status}" with the variable's value, or null when a variable is unset.</summary>
    private string? Fill(string template)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }
        var result = new System.Text.StringBuilder();
        var rest = template.AsSpan();
        while (rest.IndexOf('{') is var open and >= 0)
        {
            var close = rest[open..].IndexOf('}');
            if (close < 0)
            {
                break;
            }
            var name = rest.Slice(open + 1, close - 1).ToString();
            if (!variables.TryGetValue(name, out var value))
            {
                return null;
            }
            result.Append(rest[..open]).Append(value);
            rest = rest[(open + close + 1)..];
        }
        var filled = result.Append(rest).ToString();
        if (Services.Prompts is { } prompts && !prompts.Has(Language, filled))
        {
            Logger.LogWarning("Prompt {Prompt} (from {Template} in node {Node}) has no {Language} recording; it is left out", filled, template, currentNode?.Id, Language);
            return null;
        }
        return filled;
    }

    private StateMachine<string, string> Build(FlowDefinition flow)
    {
        var built = FlowMachine.Build(flow, EnterAsync, FinishAsync);
        built.OnUnhandledTrigger((state, trigger) => Logger.LogWarning("No way out of {Node} on {Trigger}", state, trigger));
        return built;
    }

    private async Task ArriveAsync(CallArrived arrived)
    {
        answered = arrived.Answered;
        Logger.LogInformation("Call enters flow {Flow} ({Fingerprint}) at {Node}", Flow.Name, Flow.Fingerprint, Flow.Start);
        await WriteRecordAsync().ConfigureAwait(false);
        if (!answered)
        {
            await Channel.AnswerAsync(Token).ConfigureAwait(false);
            answered = true;
            record = record with { AnsweredAt = Services.Time.GetUtcNow() };
        }
        await machine.FireAsync(StartTrigger).ConfigureAwait(false);
    }

    private async Task EnterAsync(FlowNode node)
    {
        currentNode = node;
        // Information said (a balance, a status, a price) or the flow's own ending: the IVR served the caller.
        served |= node is SayNode or HangupNode;
        if (++stepsWithoutInput > Services.MaxStepsWithoutInput)
        {
            Logger.LogError("The call went through {Steps} nodes without the caller doing anything; it is stuck in a loop at {Node}", stepsWithoutInput, node.Id);
            record = record with { Outcome = CallOutcome.Failed };
            current = null;
            await Channel.HangUpAsync(HangupCause.Normal, Token).ConfigureAwait(false);
            return;
        }
        current = NodeRuns.For(node, this);
        await ApplyAsync(current.StartAsync()).ConfigureAwait(false);
    }

    private async Task ApplyAsync(Task<string?> step)
    {
        var trigger = await step.ConfigureAwait(false);
        if (trigger is null || current is null || currentNode is null)
        {
            return;
        }
        var leaving = current;
        var node = currentNode;
        leaving.Leave();
        current = null;
        await WriteStepAsync(node.Id, leaving.StepInput, leaving.StepOutcome ?? trigger, leaving.StepDetail).ConfigureAwait(false);
        await machine.FireAsync(trigger).ConfigureAwait(false);
    }

    private async Task EndAsync(CallEnded ended)
    {
        if (IsFinished)
        {
            return;
        }
        if (current is not null)
        {
            var run = current;
            current = null;
            run.Leave();
            if (currentNode is not null)
            {
                await WriteStepAsync(currentNode.Id, run.StepInput, "hung up").ConfigureAwait(false);
            }
            await run.OnHangupAsync().ConfigureAwait(false);
        }
        Logger.LogInformation("Call left the flow at {Node}: {EndReason}", currentNode?.Id ?? "the start", ended.Reason);
        if (ended.Reason is CallEndReason.Lost or CallEndReason.Failed && record.Outcome == CallOutcome.InProgress)
        {
            record = record with { Outcome = CallOutcome.Failed };
        }
        await machine.FireAsync(HangupTrigger).ConfigureAwait(false);
    }

    private async Task ShutdownAsync()
    {
        if (IsFinished || current is FarewellRun)
        {
            return;
        }
        current?.Leave();
        if (!answered)
        {
            current = null;
            await Channel.HangUpAsync(HangupCause.Normal, Token).ConfigureAwait(false);
            return;
        }
        current = new FarewellRun(this);
        await ApplyAsync(current.StartAsync()).ConfigureAwait(false);
    }

    /// <summary>
    /// Follows the flow on from <paramref name="target"/> without the caller, through lookup nodes only: a caller
    /// who hangs up after leaving a message still gets the ticket the flow would have opened.
    /// </summary>
    internal async Task ContinueWithoutCallerAsync(string target)
    {
        for (var hops = 0; hops < 10 && Flow.Nodes.TryGetValue(target, out var node) && node is LookupNode lookup; hops++)
        {
            var result = await RunHandlerAsync(lookup.Handler).ConfigureAwait(false);
            await WriteStepAsync(lookup.Id, null, result.Outcome.ToString(), result.Summary).ConfigureAwait(false);
            target = result.Outcome switch
            {
                LookupOutcome.Found => lookup.Found.Target,
                LookupOutcome.NotFound => lookup.NotFound.Target,
                _ => lookup.Error.Target,
            };
        }
    }

    private async Task FinishAsync()
    {
        currentNode = null;
        record = record with
        {
            EndedAt = Services.Time.GetUtcNow(),
            Language = Language,
            Outcome = record.Outcome == CallOutcome.InProgress ? served ? CallOutcome.SelfService : CallOutcome.AbandonedInIvr : record.Outcome,
        };
        await WriteRecordAsync().ConfigureAwait(false);
    }

    private async Task WriteStepAsync(string node, string? input, string outcome, string? detail = null)
    {
        try
        {
            // A summary longer than the database keeps (many stores) would be refused with the step; its start is enough.
            if (detail is { Length: > CallStep.MaxDetailLength })
            {
                detail = detail[..(CallStep.MaxDetailLength - 1)] + "…";
            }
            var step = new CallStep(Caller.CallId, ++stepSequence, Services.Time.GetUtcNow(), node, input, outcome, detail);
            steps.Add(step);
            await Services.Journal.StepAsync(step, Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Logger.LogError(exception, "Could not keep the step through {Node}", node);
        }
    }

    /// <summary>Writes the call record as it stands now (queued, offered, connected), not only at the end.</summary>
    internal Task SaveRecordAsync() => WriteRecordAsync();

    private async Task WriteRecordAsync()
    {
        try
        {
            await Services.Journal.RecordAsync(record, Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Logger.LogError(exception, "Could not keep the call record");
        }
    }

    internal static string MaskFor(CollectNode node, string value) =>
        node.Mask ? MembershipCard.Mask(value) : value;
}
