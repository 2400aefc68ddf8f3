using Bunit;
using CallCenter.Core.Customers;
using CallCenter.Server.Web.Components.Desk;

namespace CallCenter.Server.Tests.Web.Desk;

/// <summary>Capturing a caller nobody knows: their number prefilled, the customer created, clear errors.</summary>
[TestFixture]
public sealed class UnknownCallerFormTests
{
    private DeskRig rig = null!;
    private Customer? saved;

    [SetUp]
    public async Task SetUp()
    {
        rig = await DeskRig.StartAsync();
        saved = null;
    }

    [TearDown]
    public async Task TearDown() => await rig.DisposeAsync();

    [Test]
    public async Task Save_CreatesTheCustomerWithTheCallersNumberBirthdayAndLanguage()
    {
        var cut = await RenderAsync();

        await cut.Find("[data-test=new-customer-name]").ChangeAsync(new() { Value = "Ada Lovelace" });
        await cut.Find("[data-test=new-customer-birthday]").ChangeAsync(new() { Value = "1985-12-10" });
        await cut.Find("[data-test=new-customer-language]").ChangeAsync(new() { Value = "zh" });
        await cut.Find("[data-test=new-customer-save]").ClickAsync(new());

        var customer = rig.Customers.All.Single();
        Assert.Multiple(() =>
        {
            Assert.That(customer.Name, Is.EqualTo("Ada Lovelace"));
            Assert.That(customer.Phones, Is.EqualTo(new[] { DeskSamples.StrangerPhone }));
            Assert.That(customer.Birthday, Is.EqualTo(new DateOnly(1985, 12, 10)));
            Assert.That(customer.PreferredLanguage, Is.EqualTo("zh"));
            Assert.That(saved, Is.EqualTo(customer), "the desk is told, to pop them");
        });
    }

    [Test]
    public async Task Save_NumberAlreadyTaken_SaysWhoseItIsAndSavesNothing()
    {
        rig.Customers.Add(new Customer { Id = 7, Name = "Someone Else", Phones = [DeskSamples.StrangerPhone] });
        var cut = await RenderAsync();

        await cut.Find("[data-test=new-customer-name]").ChangeAsync(new() { Value = "Ada Lovelace" });
        await cut.Find("[data-test=new-customer-save]").ClickAsync(new());

        Assert.Multiple(() =>
        {
            Assert.That(cut.Find("[data-test=new-customer-error]").TextContent, Is.EqualTo($"The number {DeskSamples.StrangerPhone} already belongs to customer 7; nothing was saved."));
            Assert.That(rig.Customers.All, Has.Count.EqualTo(1));
            Assert.That(saved, Is.Null);
        });
    }

    [Test]
    public async Task Save_WithoutAName_AsksForIt()
    {
        var cut = await RenderAsync();

        await cut.Find("[data-test=new-customer-save]").ClickAsync(new());

        Assert.Multiple(() =>
        {
            Assert.That(cut.Find("[data-test=new-customer-error]").TextContent, Is.EqualTo("Enter the caller's name."));
            Assert.That(rig.Customers.All, Is.Empty);
        });
    }

    [Test]
    public async Task Save_NotAPhoneNumber_SaysSoAndKeepsWhatWasTyped()
    {
        var cut = await RenderAsync();

        await cut.Find("[data-test=new-customer-name]").ChangeAsync(new() { Value = "Ada Lovelace" });
        await cut.Find("[data-test=new-customer-phone]").ChangeAsync(new() { Value = "12" });
        await cut.Find("[data-test=new-customer-save]").ClickAsync(new());

        Assert.Multiple(() =>
        {
            Assert.That(cut.Find("[data-test=new-customer-error]").TextContent, Does.StartWith("\"12\" is not a phone number"));
            Assert.That(cut.Find("[data-test=new-customer-name]").GetAttribute("value"), Is.EqualTo("Ada Lovelace"));
            Assert.That(rig.Customers.All, Is.Empty);
        });
    }

    [Test]
    public async Task Save_DatabaseDown_SaysNothingWasSaved()
    {
        rig.Customers.Down = true;
        var cut = await RenderAsync();

        await cut.Find("[data-test=new-customer-name]").ChangeAsync(new() { Value = "Ada Lovelace" });
        await cut.Find("[data-test=new-customer-save]").ClickAsync(new());

        Assert.That(cut.Find("[data-test=new-customer-error]").TextContent, Does.Contain("nothing was saved"));
    }

    private async Task<IRenderedComponent<UnknownCallerForm>> RenderAsync()
    {
        var pop = await rig.Pops.BuildAsync(DeskSamples.StrangerOffered(DeskRig.Start), CancellationToken.None);
        return rig.Context.Render<UnknownCallerForm>(p => p.Add(c => c.Pop, pop).Add(c => c.OnSaved, (Customer c) => saved = c));
    }
}
