using CallCenter.Core.Agents;
using CallCenter.Core.Complaints;
using CallCenter.Core.Customers;
using CallCenter.Core.Orders;
using CallCenter.Core.Records;
using CallCenter.Data.Seeding;

namespace CallCenter.Data.Tests.Seeding;

public sealed class DemoDataTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 18, 14, 30, 15, 250, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    private DemoDataSet data = null!;

    [OneTimeSetUp]
    public void Generate() => data = DemoData.Generate(Now);

    [Test]
    public void Customers_AtLeast200_InEveryTier()
    {
        Assert.Multiple(() =>
        {
            Assert.That(data.Customers, Has.Count.GreaterThanOrEqualTo(200));
            Assert.That(data.Customers.Select(c => c.Tier).Distinct(), Is.EquivalentTo(Enum.GetValues<CustomerTier>()));
            Assert.That(data.Customers.Select(c => c.Id), Is.Unique);
        });
    }

    [Test]
    public void MembersAndVips_HaveValidCards_RegularsHaveNone()
    {
        var withCards = data.Customers.Where(c => c.Tier != CustomerTier.Regular).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(withCards.Select(c => c.CardNumber), Is.All.Matches<string?>(MembershipCard.IsValid));
            Assert.That(withCards.Select(c => c.CardNumber), Is.Unique);
            Assert.That(data.Customers.Where(c => c.Tier == CustomerTier.Regular).Select(c => c.CardNumber), Is.All.Null);
        });
    }

    [Test]
    public void Phones_AreOneOrTwoFictionalE164NumbersPerCustomer_NeverShared()
    {
        var phones = data.Customers.SelectMany(c => c.Phones).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(data.Customers.Select(c => c.Phones.Count), Is.All.InRange(1, 2));
            Assert.That(data.Customers.Count(c => c.Phones.Count == 2), Is.Positive);
            Assert.That(phones, Is.Unique);
            Assert.That(phones, Is.All.Matches(@"^\+155501[1-5]\d{4}$"));
            Assert.That(phones.Select(p => CallerNumbers.ToE164(p, "US")), Is.EqualTo(phones), "already in E.164");
        });
    }

    [Test]
    public void Customers_SpeakEnglishOrChinese_ChineseSpeakersHaveChineseNames()
    {
        var chinese = data.Customers.Where(c => c.PreferredLanguage == "zh").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(data.Customers.Select(c => c.PreferredLanguage).Distinct(), Is.EquivalentTo(new[] { "en", "zh", null }));
            Assert.That(chinese, Is.Not.Empty);
            Assert.That(chinese.Select(c => c.Name), Is.All.Matches(@"^\p{IsCJKUnifiedIdeographs}+$"));
            Assert.That(data.Customers.Where(c => c.Tier != CustomerTier.Regular).Select(c => c.Birthday), Is.All.Not.Null);
        });
    }

    [Test]
    public void PointsBalance_IsTheSumOfThePointsHistory_AndNeverGoesNegative()
    {
        var history = data.PointsHistory.ToLookup(p => p.CustomerId);

        Assert.Multiple(() =>
        {
            foreach (var customer in data.Customers)
            {
                var entries = history[customer.Id].OrderBy(p => p.At).ToList();
                Assert.That(entries.Sum(p => p.Change), Is.EqualTo(customer.PointsBalance), $"customer {customer.Id}");
                var running = 0;
                foreach (var entry in entries)
                {
                    running += entry.Change;
                    Assert.That(entry.BalanceAfter, Is.EqualTo(running).And.GreaterThanOrEqualTo(0), $"customer {customer.Id} at {entry.At:O}");
                }
            }
            Assert.That(data.Customers.Where(c => c.Tier != CustomerTier.Regular).Select(c => c.PointsBalance), Has.Some.Positive);
            Assert.That(data.PointsHistory.Select(p => p.Change), Has.Some.Negative, "some points were redeemed");
        });
    }

    [Test]
    public void Products_Are50_WithFiveDigitCodes_SomeOutOfStock()
    {
        Assert.Multiple(() =>
        {
            Assert.That(data.Products, Has.Count.EqualTo(50));
            Assert.That(data.Products.Select(p => p.Code), Is.All.Matches(@"^[1-9]\d{4}$"));
            Assert.That(data.Products.Select(p => p.Code), Is.Unique);
            Assert.That(data.Products.Select(p => p.Price), Is.All.Positive);
            Assert.That(data.Products.Count(p => p.Stock == 0), Is.InRange(1, 25));
        });
    }

    [Test]
    public void PromotionsAndAnnouncements_AreExpiredRunningAndFuture()
    {
        var promotions = data.Promotions.Select(p => (p.StartsOn, p.EndsOn)).ToList();
        var announcements = data.Announcements.Select(a => (a.StartsOn, a.EndsOn)).ToList();

        Assert.Multiple(() =>
        {
            foreach (var windows in new[] { promotions, announcements })
            {
                Assert.That(windows, Has.Some.Matches<(DateOnly StartsOn, DateOnly EndsOn)>(w => w.EndsOn < Today), "expired");
                Assert.That(windows, Has.Some.Matches<(DateOnly StartsOn, DateOnly EndsOn)>(w => w.StartsOn <= Today && Today <= w.EndsOn), "running");
                Assert.That(windows, Has.Some.Matches<(DateOnly StartsOn, DateOnly EndsOn)>(w => w.StartsOn > Today), "future");
                Assert.That(windows, Has.All.Matches<(DateOnly StartsOn, DateOnly EndsOn)>(w => w.EndsOn >= w.StartsOn));
            }
            Assert.That(data.Promotions.Where(p => p.ProductCode is not null).Select(p => p.ProductCode).Distinct(), Is.SubsetOf(data.Products.Select(p => p.Code)));
            Assert.That(data.Promotions.Select(p => p.ProductCode), Has.Some.Null, "shop-wide promotions");
        });
    }

    [Test]
    public void Stores_AreThree_WithHoursCardsAndDirections_OneClosedOnSundays()
    {
        Assert.Multiple(() =>
        {
            Assert.That(data.Stores, Has.Count.EqualTo(3));
            Assert.That(data.Stores.Count(s => s.Hours.All(h => h.Day != DayOfWeek.Sunday)), Is.EqualTo(1));
            Assert.That(data.Stores.SelectMany(s => s.Hours), Has.All.Matches<Core.Stores.OpeningHours>(h => h.Opens < h.Closes));
            Assert.That(data.Stores.Select(s => s.AcceptedCards.Count), Is.All.Positive);
            Assert.That(data.Stores.Select(s => s.Directions), Is.All.Not.Empty);
            Assert.That(data.Stores.Select(s => s.Address), Is.All.Not.Empty);
        });
    }

    [Test]
    public void Orders_Are500_InEveryStatus_WithDigitNumbers()
    {
        Assert.Multiple(() =>
        {
            Assert.That(data.Orders, Has.Count.EqualTo(500));
            Assert.That(data.Orders.Select(o => o.Status).Distinct(), Is.EquivalentTo(Enum.GetValues<OrderStatus>()));
            Assert.That(data.Orders.Select(o => o.Number), Is.All.Matches(@"^\d{8}$"));
            Assert.That(data.Orders.Select(o => o.Number), Is.Unique);
            Assert.That(data.Orders.Select(o => o.CustomerId).Distinct(), Is.SubsetOf(data.Customers.Select(c => c.Id)));
        });
    }

    [Test]
    public void OrderHistories_StartPlaced_FollowTheOrderOfThings_AndEndAtTheStatus()
    {
        var allowed = new HashSet<(OrderStatus?, OrderStatus)>
        {
            (null, OrderStatus.Placed), (OrderStatus.Placed, OrderStatus.Paid), (OrderStatus.Paid, OrderStatus.Picking),
            (OrderStatus.Picking, OrderStatus.Shipped), (OrderStatus.Shipped, OrderStatus.OutForDelivery), (OrderStatus.OutForDelivery, OrderStatus.Delivered),
            (OrderStatus.Placed, OrderStatus.Cancelled), (OrderStatus.Paid, OrderStatus.Cancelled), (OrderStatus.Picking, OrderStatus.Cancelled),
        };
        var histories = data.OrderStatusHistory.ToLookup(c => c.OrderNumber);

        Assert.Multiple(() =>
        {
            foreach (var order in data.Orders)
            {
                var history = histories[order.Number].ToList();
                Assert.That(history[0].From, Is.Null, order.Number);
                Assert.That(history[0].At, Is.EqualTo(order.PlacedAt), order.Number);
                Assert.That(history[^1].To, Is.EqualTo(order.Status), order.Number);
                Assert.That(history.Select(c => c.At), Is.Ordered, order.Number);
                Assert.That(history.Select(c => c.At), Is.All.LessThanOrEqualTo(Now), order.Number);
                Assert.That(history.Zip(history.Skip(1)).All(p => p.First.To == p.Second.From), Is.True, order.Number);
                Assert.That(history.Select(c => (c.From, c.To)).Distinct(), Is.SubsetOf(allowed), order.Number);
            }
        });
    }

    [Test]
    public void ExpectedDelivery_IsTodayOrLaterForOrdersUnderWay_NoneForCancelled()
    {
        var underWay = data.Orders.Where(o => o.Status is not (OrderStatus.Delivered or OrderStatus.Cancelled)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(underWay.Select(o => o.ExpectedDelivery), Is.All.Not.Null);
            Assert.That(underWay.Select(o => o.ExpectedDelivery), Is.All.GreaterThanOrEqualTo(Today));
            Assert.That(data.Orders.Where(o => o.Status == OrderStatus.OutForDelivery).Select(o => o.ExpectedDelivery), Is.All.EqualTo(Today));
            Assert.That(data.Orders.Where(o => o.Status == OrderStatus.Cancelled).Select(o => o.ExpectedDelivery), Is.All.Null);
            Assert.That(data.Orders.Where(o => o.Status == OrderStatus.Delivered).Select(o => o.ExpectedDelivery), Is.All.Not.Null);
        });
    }

    [Test]
    public void OrderLines_AreAtProductPrices_OfDistinctProducts()
    {
        var prices = data.Products.ToDictionary(p => p.Code, p => p.Price);

        Assert.Multiple(() =>
        {
            Assert.That(data.Orders.Select(o => o.Lines.Count), Is.All.InRange(1, 4));
            Assert.That(data.Orders.SelectMany(o => o.Lines), Has.All.Matches<OrderLine>(l => prices[l.ProductCode] == l.UnitPrice && l.Quantity > 0));
            Assert.That(data.Orders.Select(o => o.Lines.Select(l => l.ProductCode)), Has.All.Unique);
        });
    }

    [Test]
    public void Agents_Are1001To1010_WithSkillsRolesAndTheDocumentedPins()
    {
        Assert.Multiple(() =>
        {
            Assert.That(data.Agents.Select(a => a.Extension), Is.EqualTo(Enumerable.Range(1001, 10).Select(e => e.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            Assert.That(data.Agents.Count(a => a.Role == "supervisor"), Is.EqualTo(1));
            Assert.That(data.Agents.Count(a => a.Role == "admin"), Is.EqualTo(1));
            Assert.That(data.Agents.SelectMany(a => a.Skills.Keys).Distinct(), Is.EquivalentTo(new[] { "sales", "support", "complaints", "en", "zh" }));
            Assert.That(data.Agents.SelectMany(a => a.Skills.Values), Is.All.InRange(1, 5));
            Assert.That(data.Agents, Has.All.Matches<Agent>(a => AgentPin.Verify(DemoAgents.PinFor(a.Extension), a.PinHash)));
            Assert.That(DemoAgents.PinFor("1002"), Is.EqualTo("2001"));
        });
    }

    [Test]
    public void CallHistory_CoversTheYearBeforeToday_WithEveryFinishedOutcome()
    {
        var days = data.Calls.Select(c => DateOnly.FromDateTime(c.StartedAt.UtcDateTime)).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(days.Min(), Is.EqualTo(Today.AddDays(-365)));
            Assert.That(days.Max(), Is.EqualTo(Today.AddDays(-1)));
            Assert.That(days, Has.Count.EqualTo(365), "calls every day");
            Assert.That(data.Calls.Select(c => c.Outcome).Distinct(), Is.EquivalentTo(Enum.GetValues<CallOutcome>().Where(o => o != CallOutcome.InProgress)));
            Assert.That(data.Calls.Select(c => c.CallId), Is.Unique);
            Assert.That(data.Calls.Select(c => c.Queue).Distinct(), Is.SupersetOf(new[] { "sales", "support", "complaints" }));
        });
    }

    [Test]
    public void CallHistory_WeekdaysAreBusierThanSundays_AndDaytimeBusierThanEvening()
    {
        var perDay = data.Calls.GroupBy(c => DateOnly.FromDateTime(c.StartedAt.UtcDateTime)).ToDictionary(g => g.Key, g => g.Count());
        double Average(DayOfWeek day) => perDay.Where(d => d.Key.DayOfWeek == day).Average(d => d.Value);
        var byHour = data.Calls.GroupBy(c => c.StartedAt.Hour).ToDictionary(g => g.Key, g => g.Count());

        Assert.Multiple(() =>
        {
            Assert.That(Average(DayOfWeek.Monday), Is.GreaterThan(2 * Average(DayOfWeek.Sunday)));
            Assert.That(Average(DayOfWeek.Saturday), Is.LessThan(Average(DayOfWeek.Wednesday)));
            Assert.That(byHour[10], Is.GreaterThan(byHour[20]));
            Assert.That(byHour.Keys, Is.All.InRange(8, 20), "calls arrive while the hotline is open");
        });
    }

    [Test]
    public void CallRecords_HaveTheirTimesInOrder_AndTheFieldsTheirOutcomeNeeds()
    {
        Assert.Multiple(() =>
        {
            foreach (var call in data.Calls)
            {
                var times = new[] { call.StartedAt, call.AnsweredAt, call.EnqueuedAt, call.OfferedAt, call.ConnectedAt, call.EndedAt, call.WrapUpEndedAt }.OfType<DateTimeOffset>();
                Assert.That(times, Is.Ordered, call.CallId);
                Assert.That(call.EndedAt, Is.Not.Null.And.LessThan(Now), call.CallId);
                var answeredByAgent = call.Outcome == CallOutcome.Answered;
                Assert.That(call.AgentExtension is not null && call.ConnectedAt is not null && call.Offers == 1 && call.Disposition is not null, Is.EqualTo(answeredByAgent), call.CallId);
                if (call.Outcome is CallOutcome.Abandoned or CallOutcome.CallbackRequested or CallOutcome.Overflowed)
                {
                    Assert.That(call.Queue is not null && call.EnqueuedAt is not null, Is.True, call.CallId);
                }
            }
        });
    }

    [Test]
    public void CallSteps_NumberedFromOne_InTimeOrder_WithCardsMasked()
    {
        var steps = data.CallSteps.ToLookup(s => s.CallId);
        var cards = data.Customers.Select(c => c.CardNumber).OfType<string>().ToHashSet();

        Assert.Multiple(() =>
        {
            foreach (var call in data.Calls)
            {
                var mine = steps[call.CallId].ToList();
                Assert.That(mine.Select(s => s.Sequence), Is.EqualTo(Enumerable.Range(1, mine.Count)), call.CallId);
                Assert.That(mine.Select(s => s.At), Is.Ordered, call.CallId);
                Assert.That(mine[0].At, Is.EqualTo(call.AnsweredAt), call.CallId);
            }
            Assert.That(data.CallSteps.Select(s => s.Input), Has.None.Matches<string?>(i => i is not null && (cards.Contains(i) || (i.Length == 12 && i.All(char.IsAsciiDigit)))));
            Assert.That(data.CallSteps.Where(s => s.Node == "points-balance").Select(s => s.Input), Is.All.Matches(@"^\*{8}\d{4}$"));
        });
    }

    [Test]
    public void Agents_TakeOneCallAtATime_AndTheirStateChangesChain()
    {
        Assert.Multiple(() =>
        {
            foreach (var agent in data.Calls.Where(c => c.AgentExtension is not null).GroupBy(c => c.AgentExtension))
            {
                var calls = agent.OrderBy(c => c.OfferedAt).ToList();
                Assert.That(calls.Zip(calls.Skip(1)).All(p => p.First.WrapUpEndedAt <= p.Second.OfferedAt), Is.True, $"agent {agent.Key} overlaps");
            }
            foreach (var agent in data.AgentStateChanges.GroupBy(c => c.AgentExtension))
            {
                var changes = agent.ToList();
                Assert.That(changes.Select(c => c.At), Is.Ordered, $"agent {agent.Key}");
                Assert.That(changes[0].From, Is.EqualTo(AgentState.LoggedOut));
                Assert.That(changes[^1].To, Is.EqualTo(AgentState.LoggedOut));
                Assert.That(changes.Zip(changes.Skip(1)).All(p => p.First.To == p.Second.From), Is.True, $"agent {agent.Key} chain");
                Assert.That(changes.All(c => c.From != c.To), Is.True);
            }
            var offered = data.Calls.Count(c => c.OfferedAt is not null);
            Assert.That(data.AgentStateChanges.Count(c => c.To == AgentState.Ringing), Is.EqualTo(offered));
            Assert.That(data.AgentStateChanges.Select(c => c.Id), Is.Unique);
        });
    }

    [Test]
    public void Tickets_AreInEveryStatus_WithHistoriesThatMatch()
    {
        var events = data.TicketEvents.ToLookup(e => e.TicketId);
        var calls = data.Calls.ToDictionary(c => c.CallId);

        Assert.Multiple(() =>
        {
            Assert.That(data.Tickets.Select(t => t.Status).Distinct(), Is.EquivalentTo(Enum.GetValues<TicketStatus>()));
            foreach (var ticket in data.Tickets)
            {
                var history = events[ticket.Id].ToList();
                Assert.That(history[0].Action, Is.EqualTo("opened"));
                Assert.That(history.Select(e => e.At), Is.Ordered);
                Assert.That(history.Select(e => e.At), Is.All.LessThanOrEqualTo(Now));
                var last = history.Where(e => e.Action != "called-back").Last().Action;
                Assert.That(last, Is.EqualTo(ticket.Status switch
                {
                    TicketStatus.Open => "opened",
                    TicketStatus.Assigned => "assigned",
                    TicketStatus.Resolved => "resolved",
                    _ => "closed",
                }), ticket.Id.ToString());
                Assert.That(ticket.CallbackDone, Is.EqualTo(history.Any(e => e.Action == "called-back")));
                Assert.That(ticket.AssignedTo is null, Is.EqualTo(ticket.Status == TicketStatus.Open));
                Assert.That(calls[ticket.CallId!].Outcome, Is.EqualTo(CallOutcome.Voicemail));
            }
        });
    }

    [Test]
    public void Campaigns_NeverDialADoNotCallNumber()
    {
        var blocked = data.DoNotCall.Select(d => d.E164).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(data.Campaigns, Has.Count.GreaterThanOrEqualTo(1));
            Assert.That(data.DoNotCall, Is.Not.Empty);
            Assert.That(data.CampaignAttempts, Is.Not.Empty);
            Assert.That(data.CampaignAttempts.Select(a => a.Phone), Has.None.Matches<string>(blocked.Contains));
            Assert.That(data.CampaignAttempts.Select(a => a.Attempt), Is.All.InRange(1, 3));
        });
    }

    [Test]
    public void Generate_SameSeedAndMoment_GivesTheSameData()
    {
        var again = DemoData.Generate(Now);

        Assert.That(Comparable(again), Is.EqualTo(Comparable(data)));
    }

    [Test]
    public void Generate_AnotherSeed_GivesOtherData()
    {
        var other = DemoData.Generate(Now, seed: DemoData.DefaultSeed + 1);

        Assert.That(other.Customers.Select(c => c.Name), Is.Not.EqualTo(data.Customers.Select(c => c.Name)));
    }

    /// <summary>The data set as text, PIN hashes left out (they are salted); records print their values.</summary>
    private static IEnumerable<string> Comparable(DemoDataSet set) =>
        set.Customers.Select(c => $"{c with { Phones = [] }} {string.Join(',', c.Phones)}")
            .Concat(set.PointsHistory.Select(p => p.ToString()))
            .Concat(set.Products.Select(p => p.ToString()))
            .Concat(set.Promotions.Select(p => p.ToString()))
            .Concat(set.Announcements.Select(a => a.ToString()))
            .Concat(set.Stores.Select(s => $"{s.Name} {s.Address} {string.Join(',', s.Hours)} {string.Join(',', s.AcceptedCards)}"))
            .Concat(set.Orders.Select(o => $"{o with { Lines = [] }} {string.Join(',', o.Lines)}"))
            .Concat(set.OrderStatusHistory.Select(c => c.ToString()))
            .Concat(set.Agents.Select(a => $"{a.Extension} {a.Name} {a.Role} {string.Join(',', a.Skills)}"))
            .Concat(set.Calls.Select(c => c.ToString()))
            .Concat(set.CallSteps.Select(s => s.ToString()))
            .Concat(set.AgentStateChanges.Select(c => $"{c} {c.Id}"))
            .Concat(set.Tickets.Select(t => t.ToString()))
            .Concat(set.TicketEvents.Select(e => $"{e} {e.Id}"))
            .Concat(set.Campaigns.Select(c => c.ToString()))
            .Concat(set.CampaignAttempts.Select(a => a.ToString()))
            .Concat(set.DoNotCall.Select(d => d.ToString()));
}
