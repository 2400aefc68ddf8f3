using System.Collections.Concurrent;
using CallCenter.Ari.Streaming;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Ari.Tests.Streaming;

public sealed class MailboxTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Test]
    public async Task TryPost_ManyMessages_HandledOneAtATimeInOrder()
    {
        var handled = new List<int>();
        var concurrent = 0;
        var maxConcurrent = 0;
        await using var mailbox = new Mailbox<int>("test", 10_000, async (n, ct) =>
        {
            var now = Interlocked.Increment(ref concurrent);
            maxConcurrent = Math.Max(maxConcurrent, now);
            await Task.Yield();
            handled.Add(n);
            Interlocked.Decrement(ref concurrent);
        }, _ => ValueTask.CompletedTask, NullLogger.Instance);

        for (var i = 0; i < 5000; i++)
        {
            Assert.That(mailbox.TryPost(i), Is.True);
        }
        mailbox.Complete();
        await mailbox.Completion.WaitAsync(Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(handled, Is.EqualTo(Enumerable.Range(0, 5000)));
            Assert.That(maxConcurrent, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task TryPost_WhenFull_FailsAndFaultsTheOwnerOnce()
    {
        var release = new TaskCompletionSource();
        var faults = new ConcurrentQueue<Exception>();
        var faulted = new TaskCompletionSource();
        await using var mailbox = new Mailbox<int>("call 42", 4, async (_, ct) => await release.Task.WaitAsync(ct), e =>
        {
            faults.Enqueue(e);
            faulted.TrySetResult();
            return ValueTask.CompletedTask;
        }, NullLogger.Instance);

        var accepted = Enumerable.Range(0, 10).Count(mailbox.TryPost);
        await faulted.Task.WaitAsync(Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(accepted, Is.InRange(4, 5), "the capacity plus perhaps the one being handled");
            Assert.That(faults.Single(), Is.InstanceOf<MailboxOverflowException>().With.Message.Contains("call 42"));
            Assert.That(mailbox.IsFaulted, Is.True);
            Assert.That(mailbox.TryPost(99), Is.False);
        });
    }

    [Test]
    public async Task HandlerThrows_FaultsOwnerAndStopsHandling()
    {
        var handled = new List<int>();
        var fault = new TaskCompletionSource<Exception>();
        await using var mailbox = new Mailbox<int>("test", 16, (n, _) =>
        {
            handled.Add(n);
            return n == 2 ? throw new InvalidOperationException("boom") : ValueTask.CompletedTask;
        }, e =>
        {
            fault.TrySetResult(e);
            return ValueTask.CompletedTask;
        }, NullLogger.Instance);

        foreach (var n in new[] { 1, 2, 3 })
        {
            mailbox.TryPost(n);
        }
        var reason = await fault.Task.WaitAsync(Timeout);
        await mailbox.Completion.WaitAsync(Timeout);

        Assert.Multiple(() =>
        {
            Assert.That(reason.Message, Is.EqualTo("boom"));
            Assert.That(handled, Is.EqualTo(new[] { 1, 2 }));
        });
    }

    [Test]
    public async Task Handling_RunsInsideTheLogScope()
    {
        var logger = new ScopeCapturingLogger();
        await using var mailbox = new Mailbox<int>("test", 16, (_, _) =>
        {
            logger.LogInformation("handled");
            return ValueTask.CompletedTask;
        }, _ => ValueTask.CompletedTask, logger, new Dictionary<string, object?> { ["CallId"] = "1795357895.0" });

        mailbox.TryPost(1);
        mailbox.Complete();
        await mailbox.Completion.WaitAsync(Timeout);

        Assert.That(logger.ScopesAtLog.Single(), Does.Contain(new KeyValuePair<string, object?>("CallId", "1795357895.0")));
    }

    private sealed class ScopeCapturingLogger : ILogger
    {
        private readonly AsyncLocal<IReadOnlyDictionary<string, object?>?> current = new();

        public List<IReadOnlyDictionary<string, object?>> ScopesAtLog { get; } = [];

        public IDisposable BeginScope<TState>(TState state) where TState : notnull
        {
            current.Value = state as IReadOnlyDictionary<string, object?>;
            return new Reset(current);
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (current.Value is { } scope)
            {
                ScopesAtLog.Add(scope);
            }
        }

        private sealed class Reset(AsyncLocal<IReadOnlyDictionary<string, object?>?> current) : IDisposable
        {
            public void Dispose() => current.Value = null;
        }
    }
}
