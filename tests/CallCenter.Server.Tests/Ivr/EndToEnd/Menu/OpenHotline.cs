namespace CallCenter.Server.Tests.Ivr.EndToEnd.Menu;

/// <summary>
/// One hotline, open (a Monday morning), for every test in this folder: their calls run side by side on one
/// FakeAsterisk and one server, as a real hotline's do, and none of them changes what another one reads.
/// </summary>
[SetUpFixture]
public sealed class OpenHotline
{
    private static HotlineRig? rig;

    internal static HotlineRig Rig => rig ?? throw new InvalidOperationException("The open hotline has not started.");

    [OneTimeSetUp]
    public async Task StartAsync() => rig = await HotlineRig.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (rig is not null)
        {
            await rig.DisposeAsync();
        }
    }
}
