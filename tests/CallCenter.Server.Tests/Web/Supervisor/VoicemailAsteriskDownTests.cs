using System.Net;
using CallCenter.Core.Complaints;
using CallCenter.Core.Ports;
using CallCenter.Data.Seeding;
using CallCenter.Server.Tests.Host;
using CallCenter.Server.Tests.Ivr.EndToEnd;
using CallCenter.Server.Web.Supervisor;

namespace CallCenter.Server.Tests.Web.Supervisor;

/// <summary>A voice message asked for while Asterisk, which keeps the recordings, is down. Its own rig: it takes Asterisk down.</summary>
[TestFixture]
public sealed class VoicemailAsteriskDownTests
{
    private HotlineRig rig = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => rig = await HotlineRig.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await rig.DisposeAsync();

    [Test]
    public async Task Voicemail_AsteriskDown_IsServiceUnavailableWithAClearMessage()
    {
        var ticket = new ComplaintTicket { Id = Guid.CreateVersion7(), CreatedAt = DateTimeOffset.UtcNow, CallerNumber = "+15559870001", RecordingName = "complaint-x" };
        await rig.Service<IComplaintDesk>().OpenAsync(ticket, CancellationToken.None);
        using var browser = new DeskHttpClient(rig.Server.Address());
        await browser.SignInAsync(DemoAgents.Supervisor, DemoAgents.PinFor(DemoAgents.Supervisor));
        await rig.Asterisk.GoDownAsync();

        using var response = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Get, VoicemailEndpoint.PathOf(ticket.Id)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo(VoicemailEndpoint.AsteriskDown));
    }
}
