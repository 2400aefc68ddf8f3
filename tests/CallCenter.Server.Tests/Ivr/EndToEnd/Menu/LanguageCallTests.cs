using static CallCenter.Server.Tests.Ivr.EndToEnd.HotlineCaller;

namespace CallCenter.Server.Tests.Ivr.EndToEnd.Menu;

/// <summary>The language choice after the welcome: 1 English, 2 中文; a customer whose language is known is not asked.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class LanguageCallTests
{
    private static HotlineRig Rig => OpenHotline.Rig;

    [Test]
    public async Task Two_ChoosesChinese_AndEveryLaterPromptPlaysInChinese()
    {
        await using var caller = await Rig.CallAsync();
        var menu = await caller.ReachMainMenuAsync(languageKey: "2");

        await caller.PressAsync("4");
        var heard = await caller.ListenUntilAsync("main-menu");

        Assert.Multiple(() =>
        {
            Assert.That(menu.Language, Is.EqualTo("zh"));
            Assert.That(heard[0].MediaUri, Is.EqualTo(Sound("store-info-intro")));
            Assert.That(heard.Select(r => r.Language), Is.All.EqualTo("zh"), "the store information and the menu after it");
        });
    }

    [Test]
    public async Task Two_TheRecordKeepsChinese()
    {
        string callId;
        await using (var caller = await Rig.CallAsync())
        {
            await caller.ReachMainMenuAsync(languageKey: "2");
            callId = caller.CallId;
        }

        var record = await Rig.EndedRecordAsync(callId);

        Assert.That(record.Language, Is.EqualTo("zh"));
    }

    [Test]
    public async Task KnownChineseSpeaker_IsNotAsked_AndHearsTheMenuInChinese()
    {
        var customer = DemoDatabase.Data.Customers.First(c => c.PreferredLanguage == "zh" && c.Phones.Count > 0);
        await using var caller = await Rig.CallAsync(customer.Phones[0]);

        var heard = await caller.ListenUntilAsync("main-menu");

        Assert.Multiple(() =>
        {
            Assert.That(heard.Select(r => r.MediaUri), Has.None.EqualTo(Sound("choose-language")));
            Assert.That(heard[^1].Language, Is.EqualTo("zh"));
        });
    }

    [Test]
    public async Task SilenceAtTheChoice_KeepsEnglish()
    {
        await using var caller = await Rig.CallAsync();
        await caller.HearAsync("choose-language");

        var menu = await caller.HearAsync("main-menu");

        Assert.That(menu.Language, Is.EqualTo("en"));
    }
}
