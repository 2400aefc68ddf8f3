using CallCenter.Core.Customers;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Data.Customers;

namespace CallCenter.Server.Tests.Ivr;

/// <summary>identify-caller and member-points on the real customer directory over the demo data.</summary>
public sealed class CustomerLookupsTests : DemoDatabaseTest
{
    [Test]
    public async Task IdentifyCaller_CustomersNumberAsTheTrunkSendsIt_FindsThem()
    {
        var customer = DemoDatabase.Data.Customers.First(c => c.PreferredLanguage == "zh" && c.Phones.Count > 0);
        var national = customer.Phones[0]["+1".Length..];
        var handler = new IdentifyCallerHandler(new CustomerDirectory(Database), new IvrHandlerOptions(), Logger<IdentifyCallerHandler>());

        var result = await handler.RunAsync(Call(number: national), CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
        Assert.That(result.Set, Is.EquivalentTo(new Dictionary<string, string>
        {
            [CallVariables.CustomerId] = customer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [CallVariables.CustomerName] = customer.Name,
            [CallVariables.Tier] = customer.Tier.ToString(),
            [CallVariables.PreferredLanguage] = "zh",
        }));
    }

    [Test]
    public async Task IdentifyCaller_NumberNoCustomerHas_IsNotFound()
    {
        var taken = DemoDatabase.Data.Customers.SelectMany(c => c.Phones).ToHashSet();
        var stranger = Enumerable.Range(0, 10_000).Select(i => $"+1202555{i:0000}").First(n => !taken.Contains(n));
        var handler = new IdentifyCallerHandler(new CustomerDirectory(Database), new IvrHandlerOptions(), Logger<IdentifyCallerHandler>());

        var result = await handler.RunAsync(Call(number: stranger), CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
    }

    [Test]
    public async Task MemberPoints_MembersCard_SaysTheirBalance()
    {
        var member = DemoDatabase.Data.Customers.First(c => c.CardNumber is not null && c.PointsBalance > 0);
        var handler = new MemberPointsHandler(new CustomerDirectory(Database), Logger<MemberPointsHandler>());

        var result = await handler.RunAsync(Call(CallVariables.Card, member.CardNumber!), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
            Assert.That(result.Set, Does.ContainKey(CallVariables.Points).WithValue(member.PointsBalance.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(result.Set, Does.ContainKey(CallVariables.CustomerId).WithValue(member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public async Task MemberPoints_ValidCardNobodyHolds_IsNotFound()
    {
        var cards = DemoDatabase.Data.Customers.Select(c => c.CardNumber).ToHashSet();
        var unissued = Enumerable.Range(0, 10_000).Select(i => MembershipCard.WithCheckDigit($"77{i:000000000}")).First(c => !cards.Contains(c));
        var handler = new MemberPointsHandler(new CustomerDirectory(Database), Logger<MemberPointsHandler>());

        var result = await handler.RunAsync(Call(CallVariables.Card, unissued), CancellationToken.None);

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
    }
}
