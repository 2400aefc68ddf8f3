using System.Globalization;
using System.Net;
using System.Text.Json;
using CallCenter.Core.Complaints;
using CallCenter.Core.Customers;
using CallCenter.Server.Tests.Host;
using CallCenter.Server.Tests.Ivr.EndToEnd;
using CallCenter.Server.Web.Cti;

namespace CallCenter.Server.Tests.Web.Cti;

/// <summary>The REST endpoints against the seeded demo database, as a CRM calls them.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Self)]
public sealed class CtiRestTests
{
    private HotlineRig rig = null!;
    private CtiClient crm = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var (key, hash) = ApiKeys.Generate();
        rig = await CtiRig.StartAsync(("crm", hash));
        crm = new CtiClient(rig.Server.Address(), key);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        crm.Dispose();
        await rig.DisposeAsync();
    }

    [Test]
    public async Task CustomerByPhone_ShowsTheCustomerWithTheCardMasked()
    {
        var customer = CustomerWithOpenTicket();

        var response = await crm.GetAsync("/api/v1/customers?phone=" + Uri.EscapeDataString(customer.Phones[0]));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Body);
        var json = response.Json;
        Assert.Multiple(() =>
        {
            Assert.That(json.GetProperty("id").GetInt64(), Is.EqualTo(customer.Id));
            Assert.That(json.GetProperty("name").GetString(), Is.EqualTo(customer.Name));
            Assert.That(json.GetProperty("tier").GetString(), Is.EqualTo(customer.Tier.ToString()));
            Assert.That(json.GetProperty("pointsBalance").GetInt32(), Is.EqualTo(customer.PointsBalance));
            Assert.That(json.GetProperty("membershipCard").GetString(), Is.EqualTo(MembershipCard.Mask(customer.CardNumber)));
            Assert.That(response.Body, Does.Not.Contain(customer.CardNumber!), "the card never leaves whole");
        });
    }

    [Test]
    public async Task CustomerByPhone_ListsTheirRecentOrdersNewestFirst()
    {
        var customer = CustomerWithOpenTicket();
        var expected = DemoDatabase.Data.Orders.Where(o => o.CustomerId == customer.Id)
            .OrderByDescending(o => o.PlacedAt).Take(CtiRest.RecentOrders).Select(o => o.Number);

        var response = await crm.GetAsync("/api/v1/customers?phone=" + Uri.EscapeDataString(customer.Phones[0]));

        var orders = response.Json.GetProperty("recentOrders").EnumerateArray().Select(o => o.GetProperty("number").GetString());
        Assert.That(orders, Is.EqualTo(expected));
    }

    [Test]
    public async Task CustomerByPhone_ListsTheirOpenTickets()
    {
        var customer = CustomerWithOpenTicket();
        var expected = DemoDatabase.Data.Tickets.Where(t => t.CustomerId == customer.Id && t.Status == TicketStatus.Open).Select(t => t.Id);

        var response = await crm.GetAsync("/api/v1/customers?phone=" + Uri.EscapeDataString(customer.Phones[0]));

        var tickets = response.Json.GetProperty("openTickets").EnumerateArray().Select(t => t.GetProperty("id").GetGuid());
        Assert.That(tickets, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task CustomerByPhone_UnescapedPlus_IsNormalised()
    {
        var customer = CustomerWithOpenTicket();

        var response = await crm.GetAsync("/api/v1/customers?phone=" + customer.Phones[0]);

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Body);
        Assert.That(response.Json.GetProperty("id").GetInt64(), Is.EqualTo(customer.Id));
    }

    [Test]
    public async Task CustomerByPhone_NationalForm_IsNormalised()
    {
        var customer = DemoDatabase.Data.Customers.First(c => c.Phones.Any(p => p.StartsWith("+1", StringComparison.Ordinal)));
        var phone = customer.Phones.First(p => p.StartsWith("+1", StringComparison.Ordinal));
        var national = $"({phone[2..5]}) {phone[5..8]}-{phone[8..]}";

        var response = await crm.GetAsync("/api/v1/customers?phone=" + Uri.EscapeDataString(national));

        Assert.That(response.Json.GetProperty("id").GetInt64(), Is.EqualTo(customer.Id), response.Body);
    }

    [Test]
    public async Task CustomerByPhone_NobodysNumber_Is404Problem()
    {
        var taken = DemoDatabase.Data.Customers.SelectMany(c => c.Phones).ToHashSet();
        var free = Enumerable.Range(0, 10_000).Select(i => string.Create(CultureInfo.InvariantCulture, $"+1202555{i:0000}")).First(n => !taken.Contains(n));

        var response = await crm.GetAsync("/api/v1/customers?phone=" + Uri.EscapeDataString(free));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Detail, Does.Contain(free));
    }

    [TestCase("/api/v1/customers", "Give the phone number")]
    [TestCase("/api/v1/customers?phone=hello", "is not a phone number")]
    [TestCase("/api/v1/tickets?status=pending", "is not one of")]
    [TestCase("/api/v1/tickets?limit=0", "from 1 to")]
    [TestCase("/api/v1/tickets?limit=ten", "from 1 to")]
    [TestCase("/api/v1/tickets/123", "is not a ticket id")]
    public async Task BadInput_Is400ProblemSayingWhatIsWrong(string path, string saying)
    {
        var response = await crm.GetAsync(path);

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(response.Detail, Does.Contain(saying));
    }

    [Test]
    public async Task CallById_ShowsTheRecordAndItsIvrStepsInOrder()
    {
        var call = DemoDatabase.Data.Calls.First(c => c.AgentExtension is not null && DemoDatabase.Data.CallSteps.Any(s => s.CallId == c.CallId));
        var steps = DemoDatabase.Data.CallSteps.Where(s => s.CallId == call.CallId).OrderBy(s => s.Sequence).Select(s => s.Node);

        var response = await crm.GetAsync("/api/v1/calls/" + Uri.EscapeDataString(call.CallId));

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Body);
        var json = response.Json;
        Assert.Multiple(() =>
        {
            Assert.That(json.GetProperty("callId").GetString(), Is.EqualTo(call.CallId));
            Assert.That(json.GetProperty("agent").GetString(), Is.EqualTo(call.AgentExtension));
            Assert.That(json.GetProperty("queue").GetString(), Is.EqualTo(call.Queue));
            Assert.That(json.GetProperty("outcome").GetString(), Is.EqualTo(call.Outcome.ToString()));
            Assert.That(json.GetProperty("startedAt").GetDateTimeOffset(), Is.EqualTo(call.StartedAt));
            Assert.That(json.GetProperty("ivrSteps").EnumerateArray().Select(s => s.GetProperty("node").GetString()), Is.EqualTo(steps));
        });
    }

    [Test]
    public async Task CallById_UnknownCall_Is404Problem()
    {
        var response = await crm.GetAsync("/api/v1/calls/no-such-call");

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Tickets_OpenWithLimit_ListsThatManyOpenOnes()
    {
        var response = await crm.GetAsync("/api/v1/tickets?status=open&limit=3");

        var tickets = response.Json.GetProperty("tickets").EnumerateArray().ToList();
        Assert.That(tickets, Has.Count.EqualTo(Math.Min(3, DemoDatabase.Data.Tickets.Count(t => t.Status == TicketStatus.Open))));
        Assert.That(tickets.Select(t => t.GetProperty("status").GetString()), Is.All.EqualTo("Open"));
    }

    [Test]
    public async Task Tickets_NoStatus_ListsEveryStatusUpToFifty()
    {
        var response = await crm.GetAsync("/api/v1/tickets");

        var tickets = response.Json.GetProperty("tickets").EnumerateArray().ToList();
        Assert.That(tickets, Has.Count.EqualTo(Math.Min(CtiRest.DefaultTicketLimit, DemoDatabase.Data.Tickets.Count)));
    }

    [Test]
    public async Task TicketById_ShowsItWithItsHistory()
    {
        var ticket = DemoDatabase.Data.Tickets.First(t => DemoDatabase.Data.TicketEvents.Count(e => e.TicketId == t.Id) > 1);
        var history = DemoDatabase.Data.TicketEvents.Where(e => e.TicketId == ticket.Id).Select(e => e.Action);

        var response = await crm.GetAsync($"/api/v1/tickets/{ticket.Id}");

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.OK), response.Body);
        var json = response.Json;
        Assert.That(json.GetProperty("id").GetGuid(), Is.EqualTo(ticket.Id));
        Assert.That(json.GetProperty("status").GetString(), Is.EqualTo(ticket.Status.ToString()));
        Assert.That(json.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()), Is.EquivalentTo(history));
    }

    [Test]
    public async Task TicketById_Unknown_Is404Problem()
    {
        var response = await crm.GetAsync($"/api/v1/tickets/{Guid.NewGuid()}");

        Assert.That(response.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Times_AreIso8601()
    {
        var ticket = DemoDatabase.Data.Tickets[0];

        var response = await crm.GetAsync($"/api/v1/tickets/{ticket.Id}");

        Assert.That(response.Json.GetProperty("createdAt").GetString(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d"));
    }

    private static Customer CustomerWithOpenTicket() =>
        DemoDatabase.Data.Customers.First(c =>
            c.CardNumber is not null
            && DemoDatabase.Data.Tickets.Any(t => t.CustomerId == c.Id && t.Status == TicketStatus.Open)
            && DemoDatabase.Data.Orders.Count(o => o.CustomerId == c.Id) > 1);
}
