using System.Net;
using System.Text;

namespace CallCenter.Ari.Tests.Rest;

/// <summary>Answers every request with a canned response and remembers what was asked.</summary>
internal sealed class StubAsteriskHandler(Func<HttpRequestMessage, (HttpStatusCode Status, string? Body)> answer) : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var (status, body) = answer(request);
        var response = new HttpResponseMessage(status);
        if (body is not null)
        {
            response.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        return Task.FromResult(response);
    }
}
