namespace CallCenter.Ari.Tests;

public sealed class AriOptionsTests
{
    [TestCase("http://pbx:8088/", "http://pbx:8088/ari/")]
    [TestCase("http://pbx:8088", "http://pbx:8088/ari/")]
    [TestCase("http://pbx:8088/ari", "http://pbx:8088/ari/")]
    [TestCase("http://pbx:8088/ari/", "http://pbx:8088/ari/")]
    [TestCase("https://pbx.example/asterisk/", "https://pbx.example/asterisk/ari/")]
    public void RestUri_AlwaysEndsInAri(string url, string expected)
    {
        var options = new AriOptions { Url = new Uri(url) };

        Assert.That(options.RestUri.ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void EventsUri_UsesWebsocketSchemeAndNoCredentials()
    {
        var options = new AriOptions { Url = new Uri("https://user:pw@pbx.example:8089/"), App = "call center" };

        Assert.Multiple(() =>
        {
            Assert.That(options.EventsUri.AbsoluteUri, Is.EqualTo("wss://pbx.example:8089/ari/events?app=call%20center&subscribeAll=false"));
            Assert.That(options.DisplayUrl, Does.Not.Contain("pw"));
        });
    }
}
