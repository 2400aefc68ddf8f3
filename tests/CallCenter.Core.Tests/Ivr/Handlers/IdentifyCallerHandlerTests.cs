using CallCenter.Core.Customers;
using CallCenter.Core.Ivr.Handlers;
using static CallCenter.Core.Tests.Ivr.Handlers.HandlerCalls;

namespace CallCenter.Core.Tests.Ivr.Handlers;

public sealed class IdentifyCallerHandlerTests
{
    private static readonly Customer Mei = new()
    {
        Id = 7,
        Name = "Wang Mei",
        Tier = CustomerTier.Vip,
        PreferredLanguage = "zh",
        Phones = ["+15550101234", "+442079460018"],
    };

    private HandlerLogs logs = null!;
    private FakeCustomerDirectory customers = null!;

    [SetUp]
    public void CreateDirectory()
    {
        logs = new HandlerLogs();
        customers = new FakeCustomerDirectory().With(Mei).With(new Customer { Id = 8, Name = "Bob Regular", Phones = ["+15550109999"] });
    }

    [TearDown]
    public void DisposeLogs() => logs.Dispose();

    [Test]
    public async Task CustomersNumber_SetsWhoTheyAre()
    {
        var result = await Handler().RunAsync(Context(number: "+15550101234"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
            Assert.That(result.Set(), Is.EquivalentTo(new Dictionary<string, string>
            {
                [CallVariables.CustomerId] = "7",
                [CallVariables.CustomerName] = "Wang Mei",
                [CallVariables.Tier] = "Vip",
                [CallVariables.PreferredLanguage] = "zh",
            }));
        });
    }

    [Test]
    public async Task CustomerWithoutALanguage_SetsNoPreferredLanguage()
    {
        var result = await Handler().RunAsync(Context(number: "+15550109999"));

        Assert.Multiple(() =>
        {
            Assert.That(result.Set(), Does.ContainKey(CallVariables.Tier).WithValue("Regular"));
            Assert.That(result.Set(), Does.Not.ContainKey(CallVariables.PreferredLanguage));
        });
    }

    [TestCase("(555) 010-1234", TestName = "NationalNumber_IsReadInTheConfiguredRegion")]
    [TestCase("5550101234", TestName = "NationalNumberWithoutPunctuation_IsReadInTheConfiguredRegion")]
    [TestCase("+1 555 010 1234", TestName = "InternationalNumberWithSpaces_FindsTheCustomer")]
    public async Task NumberInAnotherForm_FindsTheCustomer(string number)
    {
        var result = await Handler().RunAsync(Context(number: number));

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Found));
            Assert.That(customers.Asked, Is.EqualTo(new[] { "phone +15550101234" }));
        });
    }

    [Test]
    public async Task OtherRegion_ReadsNationalNumbersAsThatCountrys()
    {
        var result = await Handler("GB").RunAsync(Context(number: "020 7946 0018"));

        Assert.That(result.Set(), Does.ContainKey(CallVariables.CustomerId).WithValue("7"));
    }

    [Test]
    public async Task UnknownNumber_IsNotFound()
    {
        var result = await Handler().RunAsync(Context(number: "+15550100000"));

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
    }

    [TestCase("", TestName = "NoCallerNumber_IsNotFound_WithoutAskingTheDirectory")]
    [TestCase("anonymous", TestName = "AnonymousCaller_IsNotFound_WithoutAskingTheDirectory")]
    [TestCase("12", TestName = "NumberTooShortToBeAPhone_IsNotFound_WithoutAskingTheDirectory")]
    public async Task NotAPhoneNumber_IsNotFound_WithoutAskingTheDirectory(string number)
    {
        var result = await Handler().RunAsync(Context(number: number));

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.NotFound));
            Assert.That(customers.Asked, Is.Empty);
        });
    }

    [Test]
    public async Task DatabaseDown_IsError()
    {
        customers.Unavailable = true;

        var result = await Handler().RunAsync(Context(number: "+15550101234"));

        Assert.That(result.Outcome, Is.EqualTo(LookupOutcome.Error));
    }

    [TestCase("", TestName = "NoRegion_IsRefusedWhenTheHandlerIsMade")]
    [TestCase("USA", TestName = "ThreeLetterRegion_IsRefusedWhenTheHandlerIsMade")]
    [TestCase("1", TestName = "DigitRegion_IsRefusedWhenTheHandlerIsMade")]
    public void MalformedRegion_IsRefusedWhenTheHandlerIsMade(string region)
    {
        Assert.That(
            () => Handler(region),
            Throws.ArgumentException.With.Message.Contains("Ivr:Handlers:CallerRegion"));
    }

    private IdentifyCallerHandler Handler(string region = "US") =>
        new(customers, new IvrHandlerOptions { CallerRegion = region }, logs.For<IdentifyCallerHandler>());

    [Test]
    public async Task CustomersNumber_SummaryGivesTheirNameAndTier()
    {
        var result = await Handler().RunAsync(Context(number: "+15550101234"));

        Assert.That(result.Summary, Is.EqualTo("caller: Wang Mei (Vip)"));
    }

    [Test]
    public async Task UnknownNumber_SummarySaysTheNumberIsNotKnown()
    {
        var result = await Handler().RunAsync(Context(number: "+15550100000"));

        Assert.That(result.Summary, Is.EqualTo("caller: number not known"));
    }

    [Test]
    public async Task AnonymousCaller_SummarySaysThereIsNoNumber()
    {
        var result = await Handler().RunAsync(Context(number: "anonymous"));

        Assert.That(result.Summary, Is.EqualTo("caller: no number to know them by"));
    }
}
