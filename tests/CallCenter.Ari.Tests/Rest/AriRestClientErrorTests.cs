using System.Net;
using CallCenter.Ari.Rest;

namespace CallCenter.Ari.Tests.Rest;

public sealed class AriRestClientErrorTests
{
    private static AriRestClient ClientAnswering(HttpStatusCode status, string? body) =>
        new(new HttpClient(new StubAsteriskHandler(_ => (status, body))), new AriOptions { Url = new Uri("http://asterisk.test:8088/") });

    [TestCase(HttpStatusCode.BadRequest, typeof(AriBadRequestException))]
    [TestCase(HttpStatusCode.Unauthorized, typeof(AriUnauthorizedException))]
    [TestCase(HttpStatusCode.NotFound, typeof(AriNotFoundException))]
    [TestCase(HttpStatusCode.Conflict, typeof(AriConflictException))]
    [TestCase(HttpStatusCode.PreconditionFailed, typeof(AriInvalidStateException))]
    [TestCase(HttpStatusCode.UnprocessableEntity, typeof(AriUnprocessableException))]
    [TestCase(HttpStatusCode.InternalServerError, typeof(AriServerErrorException))]
    [TestCase(HttpStatusCode.ServiceUnavailable, typeof(AriServerErrorException))]
    public void ErrorStatus_BecomesTypedExceptionWithStatusAndMessage(HttpStatusCode status, Type expected)
    {
        var client = ClientAnswering(status, """{"message":"Channel not in Stasis application"}""");

        var error = Assert.ThrowsAsync(Is.InstanceOf(expected), () => client.Channels.AnswerAsync("123.4")) as AriException;

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(status));
            Assert.That(error.AsteriskMessage, Is.EqualTo("Channel not in Stasis application"));
            Assert.That(error.Message, Does.Contain("POST channels/123.4/answer").And.Contain(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public void AllocationFailure_ReadsTheErrorField()
    {
        var client = ClientAnswering(HttpStatusCode.InternalServerError, """{"error":"Allocation failed"}""");

        var error = Assert.ThrowsAsync<AriServerErrorException>(() => client.Channels.OriginateAsync(new OriginateRequest("PJSIP/1009") { App = "callcenter" }));

        Assert.That(error!.AsteriskMessage, Is.EqualTo("Allocation failed"));
    }

    [Test]
    public void ErrorWithoutJsonBody_KeepsTheText()
    {
        var client = ClientAnswering(HttpStatusCode.NotFound, "Not Found");

        var error = Assert.ThrowsAsync<AriNotFoundException>(() => client.Channels.GetAsync("x"));

        Assert.That(error!.AsteriskMessage, Is.EqualTo("Not Found"));
    }

    [Test]
    public void ConnectionRefused_BecomesUnreachable()
    {
        var client = new AriRestClient(
            new HttpClient(new StubAsteriskHandler(_ => throw new HttpRequestException("Connection refused"))),
            new AriOptions());

        var error = Assert.ThrowsAsync<AriUnreachableException>(() => client.Asterisk.GetInfoAsync());

        Assert.That(error!.StatusCode, Is.Null);
    }

    [Test]
    public async Task SlowAsterisk_TimesOutAsUnreachable()
    {
        var never = new TaskCompletionSource<HttpResponseMessage>();
        var client = new AriRestClient(
            new HttpClient(new DelegatingStub((_, ct) => never.Task.WaitAsync(ct))),
            new AriOptions { RequestTimeout = TimeSpan.FromMilliseconds(50) });

        var error = await CatchAsync(() => client.Channels.AnswerAsync("1.1"));

        Assert.That(error, Is.InstanceOf<AriUnreachableException>());
        Assert.That(error!.Message, Does.Contain("no answer within"));
    }

    [Test]
    public void SuccessWithUnexpectedBody_IsAClearError()
    {
        var client = ClientAnswering(HttpStatusCode.OK, "[1,2,3]");

        var error = Assert.ThrowsAsync<AriException>(() => client.Channels.GetAsync("1.1"));

        Assert.That(error!.Message, Does.Contain("not the expected JSON"));
    }

    [Test]
    public async Task IdsAreEscapedInThePath()
    {
        var handler = new StubAsteriskHandler(_ => (HttpStatusCode.NoContent, null));
        var client = new AriRestClient(new HttpClient(handler), new AriOptions());

        await client.Channels.HangupAsync("odd id/with#chars", HangupReason.NoAnswer);

        Assert.That(handler.Requests[0].RequestUri!.AbsoluteUri, Is.EqualTo("http://127.0.0.1:8088/ari/channels/odd%20id%2Fwith%23chars?reason=no_answer"));
    }

    private static async Task<Exception?> CatchAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    private sealed class DelegatingStub(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => send(request, cancellationToken);
    }
}
