namespace CallCenter.Telephony.Tests;

/// <summary>
/// Lets matching REST requests reach Asterisk at once but keeps their answers back until released: a slow
/// network between the server and Asterisk, placed exactly where a test needs it.
/// </summary>
internal sealed class HeldAnswers(Func<HttpRequestMessage, bool> hold) : DelegatingHandler
{
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when Asterisk has answered a held request (the answer waits for <see cref="Release"/>).</summary>
    public Task Answered => answered.Task;

    public HeldAnswers WithInner(HttpMessageHandler inner)
    {
        InnerHandler = inner;
        return this;
    }

    public void Release() => released.TrySetResult();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (hold(request))
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            answered.TrySetResult();
            await released.Task.WaitAsync(cancellationToken);
        }
        return response;
    }
}
