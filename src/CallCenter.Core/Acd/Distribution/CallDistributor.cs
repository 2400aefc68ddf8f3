using System.Threading.Channels;
using CallCenter.Core.Acd.Agents;
using CallCenter.Core.Acd.Events;
using CallCenter.Core.Acd.Routing;
using CallCenter.Core.Acd.Waiting;
using CallCenter.Core.Agents;
using CallCenter.Core.Ports;
using CallCenter.Core.Records;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Acd.Distribution;

/// <summary>
/// The one loop that owns queue and agent state. Calls, agents and its own timer send it messages; after each it
/// routes (<see cref="CallRouter"/>) and reserves the agents chosen, then tells each call through its
/// <see cref="IQueuedCaller"/>. Nothing else changes a queue or an agent, so "is 1001 free? reserve 1001" can never
/// be split by another request, and an agent can never be offered two calls.
/// </summary>
public sealed class CallDistributor : ICallDistributor, IAsyncDisposable
{
    private readonly Channel<Func<CancellationToken, ValueTask>> inbox =
        Channel.CreateUnbounded<Func<CancellationToken, ValueTask>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<string, QueuedCall> calls = new(StringComparer.Ordinal);
    private readonly WaitingCalls waiting = new();
    private readonly Dictionary<string, DateTimeOffset> restingUntil = new(StringComparer.Ordinal);
    private readonly HandleTimes handleTimes = new();
    private readonly AgentRoster roster;
    private readonly IAcdEventBus bus;
    private readonly TimeProvider time;
    private readonly DistributorOptions options;
    private readonly ILogger<CallDistributor> logger;
    private readonly CancellationTokenSource stopping = new();
    private AcdConfiguration configuration;
    private volatile IReadOnlyDictionary<string, QueueStatus> statuses = new Dictionary<string, QueueStatus>();
    private ITimer? ticker;
    private Task loop = Task.CompletedTask;
    private int disposed;

    public CallDistributor(AcdConfiguration configuration, AgentRoster roster, IAcdEventBus bus, TimeProvider time, DistributorOptions options, ILogger<CallDistributor> logger)
    {
        this.configuration = configuration;
        this.roster = roster;
        this.bus = bus;
        this.time = time;
        this.options = options;
        this.logger = logger;
        statuses = CountServing();
    }

    /// <summary>Starts the loop and its timer; agents listed in <see cref="DistributorOptions.LogInAtStart"/> log in first.</summary>
    public void Start()
    {
        loop = Task.Run(RunAsync);
        Post(async token =>
        {
            // Read in the loop, after any configuration applied before the start.
            var atStart = options.LogInAtStart.Contains("*")
                ? configuration.Agents.Keys.ToList()
                : options.LogInAtStart.Where(configuration.Agents.ContainsKey).ToList();
            foreach (var extension in atStart)
            {
                await roster.LogInAsync(extension, pauseReason: null, token).ConfigureAwait(false);
            }
        });
        ticker = time.CreateTimer(_ => Post(TickAsync), null, options.TickInterval, options.TickInterval);
    }

    public QueueStatus? Status(string queue) => statuses.GetValueOrDefault(queue);

    public void Enqueue(QueueRequest request, IQueuedCaller caller) => Post(async token =>
    {
        if (!configuration.Queues.TryGetValue(request.Queue, out var queue))
        {
            logger.LogWarning("Call {CallId} asked for queue {Queue}, which is not configured; sending it on", request.CallId, request.Queue);
            caller.Overflow(new OverflowTarget(OverflowAction.Voicemail));
            return;
        }
        var now = time.GetUtcNow();
        var call = new QueuedCall(request, caller, now) { NextAnnouncementAt = now + queue.AnnouncementInterval };
        if (!calls.TryAdd(request.CallId, call))
        {
            logger.LogWarning("Call {CallId} is already queued; the second request is ignored", request.CallId);
            return;
        }
        waiting.Add(Waiting(call));
        logger.LogInformation("Call {CallId} waits in queue {Queue} ({Tier})", request.CallId, request.Queue, request.Tier);
        bus.Publish(new CallQueued(now, request.CallId, request.Queue, request.CallerNumber, request.CustomerId, request.Tier));
        await RouteAsync(token).ConfigureAwait(false);
    });

    public void OfferAnswered(string callId) => Post(async token =>
    {
        if (!calls.TryGetValue(callId, out var call) || call.State != QueuedCallState.Ringing || call.Agent is not { } agent)
        {
            logger.LogWarning("Call {CallId}: an answer for no offer in progress", callId);
            return;
        }
        var result = await roster.OfferAnsweredAsync(agent, callId, token).ConfigureAwait(false);
        if (result.IsRefused)
        {
            logger.LogWarning("Call {CallId}: agent {Agent} answered but the roster refused it: {Refusal}", callId, agent, result.Refusal);
        }
        var now = time.GetUtcNow();
        call.State = QueuedCallState.Talking;
        call.ConnectedAt = now;
        bus.Publish(new CallConnected(now, callId, call.Queue, agent, now - call.EnqueuedAt));
    });

    public void OfferMissed(string callId, string why) => Post(async token =>
    {
        if (!calls.TryGetValue(callId, out var call) || call.State != QueuedCallState.Ringing || call.Agent is not { } agent)
        {
            return;
        }
        await roster.OfferMissedAsync(agent, callId, why, token).ConfigureAwait(false);
        restingUntil[agent] = time.GetUtcNow() + options.RestAfterMissedOffer;
        logger.LogInformation("Call {CallId}: agent {Agent} did not take it ({Why}); the caller keeps their place", callId, agent, why);
        call.State = QueuedCallState.Waiting;
        call.Agent = null;
        waiting.Add(Waiting(call));
        await RouteAsync(token).ConfigureAwait(false);
    });

    public void TalkEnded(string callId) => Post(async token =>
    {
        if (calls.TryGetValue(callId, out var call) && call.State == QueuedCallState.Talking)
        {
            await EndTalkAsync(call, token).ConfigureAwait(false);
        }
    });

    public void RequestCallback(string callId, ICallbackCaller dialer) => Post(async token =>
    {
        if (!calls.TryGetValue(callId, out var call) || call.State == QueuedCallState.Talking || call.IsCallback)
        {
            logger.LogWarning("Call {CallId}: a callback asked for no call waiting", callId);
            return;
        }
        if (call.State == QueuedCallState.Ringing && call.Agent is { } agent)
        {
            await roster.OfferWithdrawnAsync(agent, callId, token).ConfigureAwait(false);
        }
        call.Caller = dialer;
        call.IsCallback = true;
        call.AwaitingCallbackAnswer = false;
        call.State = QueuedCallState.Waiting;
        call.Agent = null;
        if (!waiting.Contains(callId))
        {
            waiting.Add(Waiting(call));
        }
        logger.LogInformation("Call {CallId} hung up to be called back; it keeps its place in {Queue}", callId, call.Queue);
        await RouteAsync(token).ConfigureAwait(false);
    });

    public void CallbackFailed(string callId, string why) => Post(async token =>
    {
        if (!calls.TryGetValue(callId, out var call) || !call.IsCallback || call.State != QueuedCallState.Ringing || call.Agent is not { } agent)
        {
            logger.LogWarning("Call {CallId}: a failed callback for no callback in progress", callId);
            return;
        }
        // The agent did nothing wrong: released without a missed offer or a rest.
        await roster.OfferWithdrawnAsync(agent, callId, token).ConfigureAwait(false);
        call.Agent = null;
        call.State = QueuedCallState.Waiting;
        call.CallbackFailures++;
        var now = time.GetUtcNow();
        if (call.CallbackFailures >= options.CallbackAttempts)
        {
            Forget(call);
            logger.LogWarning("Call {CallId}: the callback reached nobody {Attempts} times ({Why}); given up", callId, call.CallbackFailures, why);
            bus.Publish(new Events.CallEnded(now, callId, call.Queue, null, CallOutcome.CallbackFailed));
            (call.Caller as ICallbackCaller)?.GivenUp();
        }
        else
        {
            call.RetryAt = now + options.CallbackRetryDelay;
            logger.LogInformation("Call {CallId}: the callback reached nobody ({Why}); tried again at {RetryAt}, keeping its place", callId, why, call.RetryAt);
        }
        await RouteAsync(token).ConfigureAwait(false);
    });

    public void Left(string callId, CallOutcome outcome) => Post(async token =>
    {
        if (!calls.TryGetValue(callId, out var call))
        {
            return;
        }
        if (call.State == QueuedCallState.Talking)
        {
            // Hanging up while talking ends the talk; it is no abandon.
            await EndTalkAsync(call, token).ConfigureAwait(false);
            return;
        }
        Forget(call);
        if (call.State == QueuedCallState.Ringing && call.Agent is { } agent)
        {
            await roster.OfferWithdrawnAsync(agent, callId, token).ConfigureAwait(false);
        }
        logger.LogInformation("Call {CallId} left queue {Queue}: {Outcome}", callId, call.Queue, outcome);
        bus.Publish(new Events.CallEnded(time.GetUtcNow(), callId, call.Queue, null, outcome));
        await RouteAsync(token).ConfigureAwait(false);
    });

    public Task<AgentChangeResult> LogInAsync(string extension, string? pauseReason) =>
        Ask(token => roster.LogInAsync(extension, pauseReason, token));

    public Task<AgentChangeResult> MakeAvailableAsync(string extension) =>
        Ask(token => roster.MakeAvailableAsync(extension, token));

    public Task<AgentChangeResult> PauseAsync(string extension, string reason) =>
        Ask(token => roster.PauseAsync(extension, reason, token));

    public Task<AgentChangeResult> EndWrapUpAsync(string extension) =>
        Ask(token => roster.EndWrapUpAsync(extension, token));

    public Task<AgentChangeResult> LogOutAsync(string extension) =>
        Ask(token => roster.LogOutAsync(extension, token));

    /// <summary>Takes a new configuration: queues and agents change for what happens next; calls keep their place.</summary>
    public void Apply(AcdConfiguration next) => Post(async token =>
    {
        configuration = next;
        await roster.ApplyAsync(next, token).ConfigureAwait(false);
        foreach (var call in calls.Values.Where(c => c.State == QueuedCallState.Waiting && !next.Queues.ContainsKey(c.Queue)).ToList())
        {
            Forget(call);
            logger.LogWarning("Queue {Queue} is gone from the configuration; call {CallId} is sent on to voicemail", call.Queue, call.CallId);
            bus.Publish(new Events.CallEnded(time.GetUtcNow(), call.CallId, call.Queue, null, CallOutcome.Overflowed));
            call.Caller.Overflow(new OverflowTarget(OverflowAction.Voicemail));
        }
        await RouteAsync(token).ConfigureAwait(false);
    });

    public Task<DistributorView> ViewAsync()
    {
        var answer = new TaskCompletionSource<DistributorView>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(_ =>
        {
            var view = calls.Values
                .OrderBy(c => c.EnqueuedAt)
                .Select(c => new QueuedCallView(c.CallId, c.Queue, c.State.ToString().ToLowerInvariant(), c.Agent, c.EnqueuedAt, c.IsCallback))
                .ToList();
            answer.TrySetResult(new DistributorView(view, roster.Snapshot(), time.GetUtcNow()));
            return ValueTask.CompletedTask;
        });
        return answer.Task;
    }

    /// <summary>Stops the loop; safe to call more than once (a container disposes it under each name it is registered by).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }
        ticker?.Dispose();
        inbox.Writer.TryComplete();
        await stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        stopping.Dispose();
    }

    private void Post(Func<CancellationToken, ValueTask> work)
    {
        if (!inbox.Writer.TryWrite(work))
        {
            logger.LogDebug("The distributor has stopped; a message was dropped");
        }
    }

    private Task<AgentChangeResult> Ask(Func<CancellationToken, ValueTask<AgentChangeResult>> change)
    {
        var answer = new TaskCompletionSource<AgentChangeResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(async token =>
        {
            var result = await change(token).ConfigureAwait(false);
            answer.TrySetResult(result);
            await RouteAsync(token).ConfigureAwait(false);
        });
        return answer.Task;
    }

    private async Task RunAsync()
    {
        var token = stopping.Token;
        await foreach (var work in inbox.Reader.ReadAllAsync(token).ConfigureAwait(false))
        {
            try
            {
                await work(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // One bad message must not stop the distribution of every other call.
                logger.LogError(exception, "The call distributor failed to handle a message; it goes on");
            }
            statuses = CountServing();
        }
    }

    private async ValueTask EndTalkAsync(QueuedCall call, CancellationToken token)
    {
        Forget(call);
        var agent = call.Agent!;
        var now = time.GetUtcNow();
        var wrapUp = configuration.Queues.TryGetValue(call.Queue, out var queue) ? queue.WrapUp : TimeSpan.Zero;
        await roster.CallEndedAsync(agent, call.CallId, wrapUp, token).ConfigureAwait(false);
        handleTimes.Add(call.Queue, now - (call.ConnectedAt ?? now) + wrapUp, now);
        bus.Publish(new Events.CallEnded(now, call.CallId, call.Queue, agent, CallOutcome.Answered));
        await RouteAsync(token).ConfigureAwait(false);
    }

    private async ValueTask TickAsync(CancellationToken token)
    {
        await roster.TickAsync(token).ConfigureAwait(false);
        var now = time.GetUtcNow();
        foreach (var (agent, until) in restingUntil.Where(r => r.Value <= now).ToList())
        {
            restingUntil.Remove(agent);
        }
        foreach (var call in calls.Values.Where(c => c.RetryAt <= now).ToList())
        {
            call.RetryAt = null;
            waiting.Add(Waiting(call));
        }
        Overflow(now);
        Announce(now);
        await RouteAsync(token).ConfigureAwait(false);
    }

    private void Overflow(DateTimeOffset now)
    {
        // A callback has already been let off the line: it waits as long as it takes.
        foreach (var call in calls.Values.Where(c => c.State == QueuedCallState.Waiting && !c.IsCallback && !c.AwaitingCallbackAnswer).ToList())
        {
            if (!configuration.Queues.TryGetValue(call.Queue, out var queue) || now - call.InQueueSince < queue.MaxWait)
            {
                continue;
            }
            if (queue.Overflow is { Action: OverflowAction.Queue, Queue: { } next } && configuration.Queues.ContainsKey(next))
            {
                logger.LogInformation("Call {CallId} waited {MaxWait} in {Queue}: moved to {NextQueue}, keeping its place", call.CallId, queue.MaxWait, call.Queue, next);
                waiting.Remove(call.CallId);
                call.Queue = next;
                call.InQueueSince = now;
                waiting.Add(Waiting(call));
                continue;
            }
            if (queue.Overflow.Action == OverflowAction.Callback)
            {
                // Kept, out of routing, until the caller takes the callback (RequestCallback) or not (Left).
                logger.LogInformation("Call {CallId} waited {MaxWait} in {Queue}: offered a callback", call.CallId, queue.MaxWait, call.Queue);
                waiting.Remove(call.CallId);
                call.AwaitingCallbackAnswer = true;
                call.Caller.Overflow(queue.Overflow);
                continue;
            }
            Forget(call);
            logger.LogInformation("Call {CallId} waited {MaxWait} in {Queue}: overflow to {Overflow}", call.CallId, queue.MaxWait, call.Queue, queue.Overflow.Action);
            bus.Publish(new Events.CallEnded(now, call.CallId, call.Queue, null, CallOutcome.Overflowed));
            call.Caller.Overflow(queue.Overflow);
        }
    }

    private void Announce(DateTimeOffset now)
    {
        var due = calls.Values.Where(c => c.State == QueuedCallState.Waiting && !c.IsCallback && !c.AwaitingCallbackAnswer && c.NextAnnouncementAt <= now).ToList();
        if (due.Count == 0)
        {
            return;
        }
        foreach (var byQueue in due.GroupBy(c => c.Queue))
        {
            if (!configuration.Queues.TryGetValue(byQueue.Key, out var queue))
            {
                continue;
            }
            // Place in line is by priority, as routing serves them: seconds waited times the tier's weight.
            var line = calls.Values
                .Where(c => c.Queue == queue.Name && c.State == QueuedCallState.Waiting)
                .OrderByDescending(c => (now - c.EnqueuedAt).TotalSeconds * queue.WeightOf(c.Request.Tier))
                .ThenBy(c => c.EnqueuedAt)
                .Select((c, index) => (c.CallId, Position: index + 1))
                .ToDictionary(p => p.CallId, p => p.Position, StringComparer.Ordinal);
            var serving = statuses.TryGetValue(queue.Name, out var status) ? status.AgentsServing : 0;
            var handle = handleTimes.Average(queue.Name, now);
            foreach (var call in byQueue)
            {
                call.NextAnnouncementAt = now + queue.AnnouncementInterval;
                var position = line[call.CallId];
                var announcement = WaitAnnouncement.Next(position, WaitEstimate.Estimate(position, serving, handle), call.LastAnnouncement);
                if (announcement is not null)
                {
                    call.LastAnnouncement = announcement;
                    call.Caller.Announce(announcement);
                }
            }
        }
    }

    private async ValueTask RouteAsync(CancellationToken token)
    {
        if (waiting.Count == 0)
        {
            return;
        }
        var now = time.GetUtcNow();
        var agents = roster.Snapshot().Select(a => Snapshot(a, now)).ToList();
        foreach (var decision in CallRouter.Route(waiting, agents, configuration.Queues, now))
        {
            var call = calls[decision.CallId];
            var reserved = await roster.ReserveAsync(decision.AgentExtension, call.CallId, call.Queue, token).ConfigureAwait(false);
            if (reserved.IsRefused)
            {
                logger.LogWarning("Call {CallId}: agent {Agent} could not be reserved: {Refusal}", call.CallId, decision.AgentExtension, reserved.Refusal);
                continue;
            }
            waiting.Remove(call.CallId);
            call.State = QueuedCallState.Ringing;
            call.Agent = decision.AgentExtension;
            var queue = configuration.Queues[call.Queue];
            var name = configuration.Agents.TryGetValue(decision.AgentExtension, out var definition) ? definition.Name : decision.AgentExtension;
            logger.LogInformation("Call {CallId} offered to agent {Agent} after {Waited:0.0} s in {Queue}", call.CallId, decision.AgentExtension, (now - call.EnqueuedAt).TotalSeconds, call.Queue);
            bus.Publish(new CallOffered(now, call.CallId, call.Queue, decision.AgentExtension, call.Request.CallerNumber, call.Request.CustomerId, call.Request.Tier, call.Request.IvrPath, now - call.EnqueuedAt));
            call.Caller.Offer(new AgentOffer(decision.AgentExtension, name, queue.RingTimeout));
        }
    }

    private void Forget(QueuedCall call)
    {
        calls.Remove(call.CallId);
        waiting.Remove(call.CallId);
    }

    private static WaitingCall Waiting(QueuedCall call) => new()
    {
        CallId = call.CallId,
        Queue = call.Queue,
        Tier = call.Request.Tier,
        Language = call.Request.Language,
        EnqueuedAt = call.EnqueuedAt,
        LastAgent = call.Request.LastAgent,
        CustomerId = call.Request.CustomerId,
    };

    /// <summary>An agent as routing sees them; one resting after a missed offer is not offered another yet.</summary>
    private AgentSnapshot Snapshot(AgentView agent, DateTimeOffset now) => new()
    {
        Extension = agent.Extension,
        State = agent.State == AgentState.Available && restingUntil.TryGetValue(agent.Extension, out var until) && until > now
            ? AgentState.Paused
            : agent.State,
        Skills = agent.Skills,
        IdleSince = agent.IdleSince ?? agent.StateSince,
        LastOfferedAt = agent.LastOfferedByQueue,
        AnsweredToday = agent.AnsweredToday,
    };

    /// <summary>Per queue, the logged-in agents who meet its first skill step: who a caller may wait for.</summary>
    private Dictionary<string, QueueStatus> CountServing()
    {
        var agents = roster.Snapshot().Where(a => a.LoggedIn).ToList();
        var serving = new Dictionary<string, QueueStatus>(StringComparer.Ordinal);
        foreach (var queue in configuration.Queues.Values)
        {
            var requirements = queue.Skills.Count > 0 ? queue.Skills[0].Requirements : [];
            var count = agents.Count(a => requirements.All(r => a.Skills.TryGetValue(r.Skill, out var level) && level >= r.MinLevel));
            serving[queue.Name] = new QueueStatus(queue.Name, queue.MusicOnHold, count);
        }
        return serving;
    }
}
