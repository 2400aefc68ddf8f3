using static CallCenter.Server.Tests.Ivr.EndToEnd.HotlineCaller;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Menu;

/// <summary>4 at the main menu: the stores, their hours, addresses and accepted cards.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class StoreInfoCallTests
{
    private static HotlineRig Rig => OpenHotline.Rig;

    [Test]
    public async Task StoreInfo_HearsHowManyStoresAndEachOne_ThenTheMainMenu()
    {
        await using var caller = await Rig.CallAsync();
        await caller.ReachMainMenuAsync();

        await caller.PressAsync("4");
        var heard = await caller.MediaUntilAsync("main-menu");

        string[] stores =
        [
            Sound("store-info-intro"), .. Spoken.Number(DemoDatabase.Data.Stores.Count), Sound("stores-count-suffix"),
            Sound("store-1"), Sound("store-2"), Sound("store-3"), Sound("main-menu"),
        ];
        Assert.That(heard, Is.EqualTo(stores));
    }
}
