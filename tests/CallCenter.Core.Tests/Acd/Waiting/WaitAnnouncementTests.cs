using CallCenter.Core.Acd.Waiting;
using CallCenter.Core.Ivr.Speech;

namespace CallCenter.Core.Tests.Acd.Waiting;

public sealed class WaitAnnouncementTests
{
    private readonly PromptSpeech speech = new();

    [Test]
    public void Next_SecondInLineWithFourMinutes_SaysPlaceAndMinutes()
    {
        var announcement = WaitAnnouncement.Next(2, TimeSpan.FromMinutes(4), previous: null);

        Assert.That(WaitAnnouncementPrompts.For(announcement!, "en", speech), Is.EqualTo(new[]
        {
            "queue-position-is", "digits/2", "queue-position-end", "queue-wait-is", "digits/4", "queue-wait-minutes",
        }));
    }

    [Test]
    public void Next_NextInLine_SaysOnlyThat()
    {
        var announcement = WaitAnnouncement.Next(1, TimeSpan.FromMinutes(4), previous: null);

        Assert.That(WaitAnnouncementPrompts.For(announcement!, "en", speech), Is.EqualTo(new[] { "queue-next" }));
    }

    [Test]
    public void Next_NoEstimate_SaysThePlaceOnly()
    {
        var announcement = WaitAnnouncement.Next(5, null, previous: null);

        Assert.That(WaitAnnouncementPrompts.For(announcement!, "en", speech), Is.EqualTo(new[] { "queue-position-is", "digits/5", "queue-position-end" }));
    }

    [Test]
    public void Next_UnderAMinute_SaysThePlaceOnly()
    {
        Assert.That(WaitAnnouncement.Next(3, TimeSpan.FromSeconds(40), previous: null), Is.EqualTo(new WaitAnnouncement(3, null, false)));
    }

    [Test]
    public void Next_AboutOneMinute_UsesTheSingularPrompt()
    {
        var announcement = WaitAnnouncement.Next(2, TimeSpan.FromSeconds(80), previous: null);

        Assert.That(WaitAnnouncementPrompts.For(announcement!, "en", speech)[^1], Is.EqualTo("queue-wait-one-minute"));
    }

    [Test]
    public void Next_OverTwentyMinutes_SaysItMayBeLonger()
    {
        var announcement = WaitAnnouncement.Next(30, TimeSpan.FromMinutes(45), previous: null);

        Assert.That(WaitAnnouncementPrompts.For(announcement!, "en", speech)[^1], Is.EqualTo("queue-wait-long"));
    }

    [Test]
    public void Next_NothingChangedSinceTheLastOne_IsNotSaidAgain()
    {
        var first = WaitAnnouncement.Next(3, TimeSpan.FromMinutes(6), previous: null);

        Assert.That(WaitAnnouncement.Next(3, TimeSpan.FromMinutes(6.2), first), Is.Null);
    }

    [Test]
    public void Next_MovedUp_IsSaid()
    {
        var first = WaitAnnouncement.Next(3, TimeSpan.FromMinutes(6), previous: null);

        Assert.That(WaitAnnouncement.Next(2, TimeSpan.FromMinutes(4), first), Is.EqualTo(new WaitAnnouncement(2, 4, false)));
    }

    [Test]
    public void For_Mandarin_SaysTheNumbersInMandarinBetweenTheSameNamedPrompts()
    {
        var prompts = WaitAnnouncementPrompts.For(new WaitAnnouncement(12, 8, false), "zh", speech);

        Assert.Multiple(() =>
        {
            Assert.That(prompts[0], Is.EqualTo("queue-position-is"));
            Assert.That(prompts, Does.Contain("queue-position-end"));
            Assert.That(prompts[^1], Is.EqualTo("queue-wait-minutes"));
            Assert.That(prompts, Is.SupersetOf(speech.Number(12, "zh")));
        });
    }
}
