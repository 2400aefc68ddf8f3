using Bunit;
using CallCenter.Core.Records;
using CallCenter.Server.Web.Components.Desk;
using CallCenter.Server.Web.Desk;

namespace CallCenter.Server.Tests.Web.Desk;

/// <summary>Notes and a disposition code on the current or last call, saved to the call's record.</summary>
[TestFixture]
public sealed class CallNotesFormTests
{
    private DeskRig rig = null!;

    [TearDown]
    public async Task TearDown() => await rig.DisposeAsync();

    [Test]
    public async Task Save_KeepsTheDispositionAndNotesForTheCall()
    {
        rig = await DeskRig.StartAsync();
        var cut = Render("this-call");

        await cut.Find("[data-test=call-disposition]").ChangeAsync(new() { Value = "order-placed" });
        await cut.Find("[data-test=call-notes]").InputAsync(new() { Value = "Reordered the blue one" });
        await cut.Find("[data-test=call-notes-save]").ClickAsync(new());

        var saved = rig.Journal.Annotations.Single();
        Assert.Multiple(() =>
        {
            Assert.That(saved, Is.EqualTo(new CallAnnotation("this-call", DeskRig.Agent, "order-placed", "Reordered the blue one", rig.Time.GetUtcNow())));
            Assert.That(cut.Find("[data-test=call-notes-saved]").TextContent, Is.EqualTo("Saved"));
        });
    }

    [Test]
    public async Task Open_ShowsWhatTheRecordAlreadyHolds()
    {
        rig = await DeskRig.StartAsync();
        rig.Journal.Add(new CallRecord { CallId = "this-call", Disposition = "follow-up", Notes = "Call back Tuesday" });

        var cut = Render("this-call");

        Assert.Multiple(() =>
        {
            Assert.That(cut.Find("[data-test=call-disposition]").GetAttribute("value"), Is.EqualTo("follow-up"));
            Assert.That(cut.Find("[data-test=call-notes]").GetAttribute("value"), Is.EqualTo("Call back Tuesday"));
        });
    }

    [Test]
    public async Task Dispositions_AreTheConfiguredCodes()
    {
        rig = await DeskRig.StartAsync(new DeskOptions { Dispositions = ["sold", "no-sale"] });

        var cut = Render("this-call");

        Assert.That(cut.FindAll("[data-test=call-disposition] option").Select(o => o.GetAttribute("value")), Is.EqualTo(new[] { "", "sold", "no-sale" }));
    }

    [Test]
    public async Task Dispositions_DefaultWhenNoneAreConfigured()
    {
        rig = await DeskRig.StartAsync();

        var cut = Render("this-call");

        Assert.That(cut.FindAll("[data-test=call-disposition] option").Select(o => o.GetAttribute("value")).Skip(1), Is.EqualTo(DeskOptions.DefaultDispositions));
    }

    [Test]
    public async Task Save_NotesTooLong_SaysSoAndSavesNothing()
    {
        rig = await DeskRig.StartAsync(new DeskOptions { MaxNotesLength = 10 });
        var cut = Render("this-call");

        await cut.Find("[data-test=call-notes]").InputAsync(new() { Value = "far more than ten characters" });
        await cut.Find("[data-test=call-notes-save]").ClickAsync(new());

        Assert.Multiple(() =>
        {
            Assert.That(cut.Find("[data-test=call-notes-error]").TextContent, Does.Contain("10 characters"));
            Assert.That(rig.Journal.Annotations, Is.Empty);
            Assert.That(cut.Find("[data-test=call-notes]").GetAttribute("value"), Is.EqualTo("far more than ten characters"), "nothing typed is lost");
        });
    }

    private IRenderedComponent<CallNotesForm> Render(string callId) =>
        rig.Context.Render<CallNotesForm>(p => p.Add(c => c.CallId, callId).Add(c => c.Agent, DeskRig.Agent));
}
