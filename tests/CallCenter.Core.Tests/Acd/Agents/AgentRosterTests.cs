using CallCenter.Core.Acd;
using CallCenter.Core.Acd.Agents;
using CallCenter.Core.Acd.Events;
using CallCenter.Core.Agents;
using CallCenter.Testing.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CallCenter.Core.Tests.Acd.Agents;

public sealed class AgentRosterTests
{
    private static readonly TimeSpan WrapUp = TimeSpan.FromSeconds(30);
    private static readonly CancellationToken None = CancellationToken.None;

    private FakeTimeProvider time = null!;
    private AgentJournal journal = null!;
    private AcdEventBus bus = null!;
    private LogCapture logs = null!;
    private ILoggerFactory loggerFactory = null!;
    private AgentRoster roster = null!;

    [SetUp]
    public void SetUp()
    {
        time = AgentClock.NewTime();
        journal = new AgentJournal();
        bus = new AcdEventBus(NullLogger<AcdEventBus>.Instance);
        logs = new LogCapture();
        loggerFactory = logs.CreateFactory();
        roster = new AgentRoster(Configuration("1001", "1002", "1003"), journal, bus, time, AgentClock.Zone, loggerFactory.CreateLogger<AgentRoster>());
    }

    [TearDown]
    public void TearDown()
    {
        loggerFactory.Dispose();
        logs.Dispose();
    }

    [Test]
    public void Snapshot_AtStart_ListsEveryConfiguredAgentLoggedOut()
    {
        var agents = roster.Snapshot();

        Assert.That(agents.Select(a => (a.Extension, a.State)), Is.EqualTo(new[]
        {
            ("1001", AgentState.LoggedOut),
            ("1002", AgentState.LoggedOut),
            ("1003", AgentState.LoggedOut),
        }));
    }

    [Test]
    public async Task Snapshot_GivesWhatRoutingNeeds()
    {
        await roster.LogInAsync("1001", null, None);
        time.Advance(TimeSpan.FromMinutes(1));
        await AnswerAsync("1001", "call-1");
        await roster.CallEndedAsync("1001", "call-1", TimeSpan.Zero, None);
        var offeredAt = AgentClock.Start.AddMinutes(1);

        var mei = roster.Find("1001")!;

        Assert.That(
            (mei.Name, mei.State, mei.Skills["zh"], mei.IdleSince, mei.LastOfferedAt, mei.AnsweredToday, mei.LoggedIn),
            Is.EqualTo(("Agent 1001", AgentState.Available, 3, (DateTimeOffset?)offeredAt, (DateTimeOffset?)offeredAt, 1, true)));
    }

    [Test]
    public async Task Request_ForAnAgentNotConfigured_IsRefused()
    {
        var result = await roster.LogInAsync("1999", null, None);

        Assert.That(result.Refusal, Is.EqualTo("No agent 1999 is configured."));
    }

    [Test]
    public async Task Changes_AreJournaledInOrderWithReasonAndTime()
    {
        await roster.LogInAsync("1001", null, None);
        time.Advance(TimeSpan.FromSeconds(10));
        await roster.PauseAsync("1001", "lunch", None);

        Assert.That(journal.Changes.Select(c => (c.AgentExtension, c.From, c.To, c.Reason, c.At)), Is.EqualTo(new[]
        {
            ("1001", AgentState.LoggedOut, AgentState.Available, (string?)"logged in", AgentClock.Start),
            ("1001", AgentState.Available, AgentState.Paused, (string?)"lunch", AgentClock.Start.AddSeconds(10)),
        }));
    }

    [Test]
    public async Task Changes_ArePublishedOnTheBusInOrder()
    {
        using var desktop = bus.Subscribe("desktop");

        await roster.LogInAsync("1002", null, None);
        await roster.ReserveAsync("1002", "call-7", "sales", None);

        Assert.That(await ReadAsync(desktop, 2), Is.EqualTo(new AcdEvent[]
        {
            new AgentStateChanged(AgentClock.Start, "1002", AgentState.LoggedOut, AgentState.Available, "logged in"),
            new AgentStateChanged(AgentClock.Start, "1002", AgentState.Available, AgentState.Ringing, "offered call call-7 from sales"),
        }));
    }

    [Test]
    public async Task RefusedRequest_JournalsAndPublishesNothing()
    {
        using var desktop = bus.Subscribe("desktop");

        var result = await roster.ReserveAsync("1001", "call-1", "sales", None);

        Assert.That((result.IsRefused, journal.Changes.Count, desktop.Events.Count), Is.EqualTo((true, 0, 0)));
    }

    [Test]
    public async Task Reserve_AnAgentAlreadyRinging_IsRefusedAndNothingIsJournaled()
    {
        await roster.LogInAsync("1001", null, None);
        await roster.ReserveAsync("1001", "call-1", "sales", None);

        var second = await roster.ReserveAsync("1001", "call-2", "sales", None);

        Assert.That((second.IsRefused, journal.Changes.Count(c => c.To == AgentState.Ringing), roster.Find("1001")!.CurrentCallId), Is.EqualTo((true, 1, "call-1")));
    }

    [Test]
    public async Task Change_WhenTheJournalFails_StandsIsPublishedAndIsLoggedAsAnError()
    {
        using var desktop = bus.Subscribe("desktop");
        journal.Failure = new IOException("disk full");

        var result = await roster.LogInAsync("1001", null, None);

        Assert.That(
            (result.Change?.To, roster.Find("1001")!.State, desktop.Events.Count, logs.AtLeast(LogLevel.Error).Count()),
            Is.EqualTo(((AgentState?)AgentState.Available, AgentState.Available, 1, 1)));
    }

    [Test]
    public async Task NextDueAt_IsTheSoonestEndOfAWrapUp()
    {
        await WrappingUpAsync("1001", "call-1", TimeSpan.FromSeconds(60));
        await WrappingUpAsync("1002", "call-2", TimeSpan.FromSeconds(20));

        Assert.That(roster.NextDueAt, Is.EqualTo(AgentClock.Start.AddSeconds(20)));
    }

    [Test]
    public async Task NextDueAt_WithNobodyWrappingUp_IsNull()
    {
        await roster.LogInAsync("1001", null, None);

        Assert.That(roster.NextDueAt, Is.Null);
    }

    [Test]
    public async Task Tick_BeforeAnyWrapUpIsOver_ChangesNothing()
    {
        await WrappingUpAsync("1001", "call-1", WrapUp);
        time.Advance(WrapUp - TimeSpan.FromSeconds(1));

        var changes = await roster.TickAsync(None);

        Assert.That((changes.Count, roster.Find("1001")!.State), Is.EqualTo((0, AgentState.WrapUp)));
    }

    [Test]
    public async Task Tick_EndsOnlyTheWrapUpsThatAreOver()
    {
        await WrappingUpAsync("1001", "call-1", TimeSpan.FromSeconds(60));
        await WrappingUpAsync("1002", "call-2", TimeSpan.FromSeconds(20));
        time.Advance(TimeSpan.FromSeconds(20));

        var changes = await roster.TickAsync(None);

        Assert.That(
            (changes.Single().AgentExtension, roster.Find("1001")!.State, roster.Find("1002")!.State, roster.NextDueAt),
            Is.EqualTo(("1002", AgentState.WrapUp, AgentState.Available, (DateTimeOffset?)AgentClock.Start.AddSeconds(60))));
    }

    [Test]
    public async Task Tick_JournalsTheWrapUpEndAsItsTimeOver()
    {
        await WrappingUpAsync("1001", "call-1", WrapUp);
        time.Advance(WrapUp);

        await roster.TickAsync(None);

        Assert.That(
            (journal.Changes[^1].From, journal.Changes[^1].To, journal.Changes[^1].Reason, journal.Changes[^1].At),
            Is.EqualTo((AgentState.WrapUp, AgentState.Available, (string?)AgentMachine.WrapUpTimeOver, AgentClock.Start + WrapUp)));
    }

    [Test]
    public async Task EndWrapUp_ByTheAgentBeforeTheTimer_LeavesNothingDue()
    {
        await WrappingUpAsync("1001", "call-1", WrapUp);

        await roster.EndWrapUpAsync("1001", None);

        Assert.That((roster.Find("1001")!.State, roster.NextDueAt), Is.EqualTo((AgentState.Available, (DateTimeOffset?)null)));
    }

    [Test]
    public async Task OfferMissed_TheConfiguredNumberOfTimes_PausesTheAgentForMissedCalls()
    {
        await roster.LogInAsync("1001", null, None);
        await roster.ReserveAsync("1001", "call-1", "sales", None);
        await roster.OfferMissedAsync("1001", "call-1", "no answer", None);
        await roster.ReserveAsync("1001", "call-2", "sales", None);

        await roster.OfferMissedAsync("1001", "call-2", "busy", None);

        Assert.That((roster.Find("1001")!.State, roster.Find("1001")!.PauseReason), Is.EqualTo((AgentState.Paused, AgentMachine.MissedCalls)));
    }

    [Test]
    public async Task LogOut_OnACall_IsJournaledOnlyWhenItHappens()
    {
        await AnswerAsync("1001", "call-1", logIn: true);

        var result = await roster.LogOutAsync("1001", None);
        var journaledThen = journal.Changes.Count;
        await roster.CallEndedAsync("1001", "call-1", WrapUp, None);
        time.Advance(WrapUp);
        await roster.TickAsync(None);

        Assert.That(
            (result.Later is not null, journaledThen, journal.Changes[^1].From, journal.Changes[^1].To),
            Is.EqualTo((true, 3, AgentState.WrapUp, AgentState.LoggedOut)));
    }

    [Test]
    public async Task Changes_ForEachAgent_FollowOnFromOneAnotherAndOnlyAnAvailableAgentIsEverOffered()
    {
        var random = new Random(20261123);
        var extensions = new[] { "1001", "1002", "1003" };
        var calls = 0;
        for (var i = 0; i < 2000; i++)
        {
            var extension = extensions[random.Next(extensions.Length)];
            var current = roster.Find(extension)!.CurrentCallId ?? "call-0";
            time.Advance(TimeSpan.FromSeconds(random.Next(0, 20)));
            await (random.Next(12) switch
            {
                0 => roster.LogInAsync(extension, random.Next(3) == 0 ? "training" : null, None),
                1 => roster.MakeAvailableAsync(extension, None),
                2 => roster.PauseAsync(extension, random.Next(2) == 0 ? "lunch" : "break", None),
                3 or 4 => roster.ReserveAsync(extension, $"call-{++calls}", "sales", None),
                5 => roster.OfferAnsweredAsync(extension, current, None),
                6 => roster.OfferMissedAsync(extension, current, "no answer", None),
                7 => roster.OfferWithdrawnAsync(extension, current, None),
                8 => roster.CallEndedAsync(extension, current, TimeSpan.FromSeconds(random.Next(0, 30)), None),
                9 => roster.EndWrapUpAsync(extension, None),
                10 => roster.LogOutAsync(extension, None),
                _ => TickAsync(),
            });
        }

        foreach (var extension in extensions)
        {
            var changes = journal.Changes.Where(c => c.AgentExtension == extension).ToList();
            Assert.That(changes.Zip(changes.Skip(1)).All(pair => pair.First.To == pair.Second.From && pair.First.At <= pair.Second.At), Is.True, extension);
            Assert.That(changes.Where(c => c.To == AgentState.Ringing).Select(c => c.From), Is.All.EqualTo(AgentState.Available), extension);
            Assert.That(changes.Count(c => c.To == AgentState.Ringing), Is.GreaterThan(10), "the walk offers calls");
        }
    }

    private async ValueTask<AgentChangeResult> TickAsync()
    {
        await roster.TickAsync(None);
        return AgentChangeResult.Deferred("ticked");
    }

    private static AcdConfiguration Configuration(params string[] extensions) => new()
    {
        Agents = extensions.ToDictionary(e => e, e => new AgentDefinition
        {
            Extension = e,
            Name = $"Agent {e}",
            Skills = new Dictionary<string, int> { ["en"] = 5, ["zh"] = 3 },
        }),
        AutoPauseAfterMissedOffers = 2,
    };

    private async Task AnswerAsync(string extension, string callId, bool logIn = false)
    {
        if (logIn)
        {
            await roster.LogInAsync(extension, null, None);
        }
        await roster.ReserveAsync(extension, callId, "sales", None);
        await roster.OfferAnsweredAsync(extension, callId, None);
    }

    private async Task WrappingUpAsync(string extension, string callId, TimeSpan wrapUp)
    {
        await AnswerAsync(extension, callId, logIn: true);
        await roster.CallEndedAsync(extension, callId, wrapUp, None);
    }

    private static async Task<List<AcdEvent>> ReadAsync(AcdSubscription subscription, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var received = new List<AcdEvent>();
        while (received.Count < count)
        {
            received.Add(await subscription.Events.ReadAsync(timeout.Token));
        }
        return received;
    }
}
