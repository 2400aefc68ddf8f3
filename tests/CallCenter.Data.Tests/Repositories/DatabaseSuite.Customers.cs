using CallCenter.Core.Customers;

namespace CallCenter.Data.Tests.Repositories;

public abstract partial class DatabaseSuite
{
    [Test]
    public async Task FindByPhone_CallerIsACustomer_FindsThemWithAllTheirNumbers()
    {
        var customer = await NewCustomerAsync("Grace Hopper");
        var second = NewPhone();
        await Given.PhoneAsync(customer.Id, second, customer.CreatedAt.AddDays(1));

        var found = await Customers.FindByPhoneAsync(second, None);

        Assert.Multiple(() =>
        {
            Assert.That(found?.Id, Is.EqualTo(customer.Id));
            Assert.That(found?.Name, Is.EqualTo("Grace Hopper"));
            Assert.That(found?.Phones, Is.EqualTo(new[] { customer.Phones[0], second }));
        });
    }

    [Test]
    public async Task FindByPhone_NumberWrittenAnotherWay_MatchesTheE164Number()
    {
        var customer = await Customers.AddAsync(new NewCustomer("Alan Turing", "+1 (202) 555-0142"), None);

        var found = await Customers.FindByPhoneAsync("+12025550142", None);

        Assert.Multiple(() =>
        {
            Assert.That(customer.Phones, Is.EqualTo(new[] { "+12025550142" }));
            Assert.That(found?.Id, Is.EqualTo(customer.Id));
        });
    }

    [TestCase("+12025550177")]
    [TestCase("anonymous")]
    [TestCase("")]
    public async Task FindByPhone_NumberOfNoCustomer_FindsNobody(string number)
    {
        await NewCustomerAsync();

        var found = await Customers.FindByPhoneAsync(number, None);

        Assert.That(found, Is.Null);
    }

    [Test]
    public async Task FindByCard_MembersCard_FindsTheMember()
    {
        var card = Card("60000000001");
        var member = await NewCustomerAsync("Katherine Johnson", CustomerTier.Member, card);
        await NewCustomerAsync("Someone Else", CustomerTier.Member, Card("60000000002"));

        var found = await Customers.FindByCardAsync(card, None);

        Assert.That(found?.Id, Is.EqualTo(member.Id));
    }

    [Test]
    public async Task FindByCard_CardOfNobody_FindsNobody()
    {
        await NewCustomerAsync("Katherine Johnson", CustomerTier.Member, Card("60000000001"));

        var found = await Customers.FindByCardAsync(Card("60000000009"), None);

        Assert.That(found, Is.Null);
    }

    [Test]
    public async Task Get_NewCustomer_ComesBackAsAdded()
    {
        var added = await Customers.AddAsync(
            new NewCustomer("Wang Zhenyi", NewPhone(), CustomerTier.Vip)
            {
                Birthday = new DateOnly(1768, 3, 15),
                PreferredLanguage = "zh",
                CardNumber = Card("60000000003"),
            },
            None);

        var read = await Customers.GetAsync(added.Id, None);

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.Not.Null);
            Assert.That(read! with { Phones = [] }, Is.EqualTo(added with { Phones = [] }));
            Assert.That(read.Phones, Is.EqualTo(added.Phones));
            Assert.That(read.PointsBalance, Is.Zero);
        });
    }

    [Test]
    public async Task Get_UnknownId_ReturnsNull()
    {
        var found = await Customers.GetAsync(424242, None);

        Assert.That(found, Is.Null);
    }

    [Test]
    public async Task PointsHistory_NewestFirst_UpToTheLimit()
    {
        var customer = await NewCustomerAsync(tier: CustomerTier.Member, card: Card("60000000004"));
        await Given.PointsAsync(customer.Id, At("2026-01-05T10:00:00Z"), 100, 100, "purchase");
        await Given.PointsAsync(customer.Id, At("2026-03-01T10:00:00Z"), -40, 60, "redeemed");
        await Given.PointsAsync(customer.Id, At("2026-02-01T10:00:00Z"), 25, 125, "purchase");

        var history = await Customers.PointsHistoryAsync(customer.Id, 2, None);

        Assert.That(history, Is.EqualTo(new[]
        {
            new PointsEntry(customer.Id, At("2026-03-01T10:00:00Z"), -40, 60, "redeemed"),
            new PointsEntry(customer.Id, At("2026-02-01T10:00:00Z"), 25, 125, "purchase"),
        }));
    }

    [Test]
    public async Task FindByCard_Member_CarriesTheirPointsBalance()
    {
        var card = Card("60000000005");
        var member = await NewCustomerAsync(tier: CustomerTier.Member, card: card);
        await Given.PointsAsync(member.Id, At("2026-01-05T10:00:00Z"), 320, 320, "purchase");

        var found = await Customers.FindByCardAsync(card, None);

        Assert.That(found?.PointsBalance, Is.EqualTo(320));
    }

    [Test]
    public async Task Add_NumberOfAnotherCustomer_IsRefusedNamingTheOwner()
    {
        var owner = await NewCustomerAsync("First Owner");

        var refusal = Assert.ThrowsAsync<PhoneNumberTakenException>(() => Customers.AddAsync(new NewCustomer("Second Owner", owner.Phones[0]), None));

        Assert.Multiple(async () =>
        {
            Assert.That(refusal!.OwnerId, Is.EqualTo(owner.Id));
            Assert.That(await Given.CountAsync("customers"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Add_CardOfAnotherCustomer_IsRefused()
    {
        var card = Card("60000000006");
        var holder = await NewCustomerAsync("Card Holder", CustomerTier.Member, card);

        var refusal = Assert.ThrowsAsync<CardNumberTakenException>(() => NewCustomerAsync("Someone Else", CustomerTier.Member, card));

        Assert.Multiple(async () =>
        {
            Assert.That(refusal!.OwnerId, Is.EqualTo(holder.Id));
            Assert.That(refusal.Message, Does.Not.Contain(card));
            Assert.That(await Given.CountAsync("customer_phones"), Is.EqualTo(1));
        });
    }

    [TestCase("2025550142")]
    [TestCase("not a number")]
    public void Add_NumberWithoutCountryCode_IsRefused(string phone)
    {
        Assert.ThrowsAsync<ArgumentException>(() => Customers.AddAsync(new NewCustomer("No Country", phone), None));
    }

    [Test]
    public void Add_CardWithAWrongCheckDigit_IsRefused()
    {
        var card = Card("60000000007");
        var mistyped = card[..^1] + (char)('0' + (card[^1] - '0' + 1) % 10);

        var refusal = Assert.ThrowsAsync<ArgumentException>(() => NewCustomerAsync(card: mistyped));

        Assert.That(refusal!.Message, Does.Not.Contain(mistyped));
    }

    [Test]
    public async Task Add_TwoAgentsCaptureTheSameNumberAtOnce_OneCustomerGetsIt()
    {
        var phone = NewPhone();

        var outcomes = await AtOnceAsync(4, async i =>
        {
            try
            {
                await Customers.AddAsync(new NewCustomer($"Caller {i}", phone), None);
                return "added";
            }
            catch (PhoneNumberTakenException)
            {
                return "taken";
            }
        });

        Assert.Multiple(async () =>
        {
            Assert.That(outcomes.Count(o => o == "added"), Is.EqualTo(1));
            Assert.That(outcomes.Count(o => o == "taken"), Is.EqualTo(3));
            Assert.That(await Given.CountAsync("customers"), Is.EqualTo(1));
        });
    }
}
