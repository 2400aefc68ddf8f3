using System.Net;
using System.Net.WebSockets;
using CallCenter.Testing.Tests.Support;

namespace CallCenter.Testing.Tests.Control;

public sealed class AuthenticationTests
{
    [Test]
    public async Task Request_WithoutCredentials_Answers401WithABasicChallenge()
    {
        await using var fake = await FakeAsterisk.StartAsync();
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(fake.AriUri, "asterisk/info"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Basic realm=\"Asterisk REST Interface\""));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("""{"message":"Authentication required"}"""));
    }

    [Test]
    public async Task Request_WithAWrongPassword_Answers401()
    {
        await using var fake = await FakeAsterisk.StartAsync();
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String("callcenter:guess"u8.ToArray()));

        using var response = await http.GetAsync(new Uri(fake.AriUri, "asterisk/info"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Request_WithApiKeyInTheQuery_IsAccepted()
    {
        await using var fake = await FakeAsterisk.StartAsync();
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(fake.AriUri, $"asterisk/ping?api_key={fake.User}:{fake.Password}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Request_WithApiKey_IsRecordedWithTheKeyMasked()
    {
        await using var fake = await FakeAsterisk.StartAsync();
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(fake.AriUri, $"asterisk/ping?api_key={fake.User}:{fake.Password}"));

        Assert.That(fake.Requests.Single().Query["api_key"], Is.EqualTo("***"));
    }

    [Test]
    public async Task EventsWebsocket_WithoutCredentials_IsRefusedWith401()
    {
        await using var fake = await FakeAsterisk.StartAsync();
        using var socket = new ClientWebSocket();

        Assert.That(async () => await socket.ConnectAsync(new Uri(fake.EventsUri + "?app=callcenter"), CancellationToken.None), Throws.InstanceOf<WebSocketException>());
        Assert.That(fake.Requests.Single().Status, Is.EqualTo(401));
        Assert.That(fake.IsApplicationConnected(), Is.False);
    }
}
