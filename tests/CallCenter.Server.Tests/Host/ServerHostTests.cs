using CallCenter.Ari.Connection;
using CallCenter.Server.Extensions;
using CallCenter.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog.Events;

namespace CallCenter.Server.Tests.Host;

public sealed class ServerHostTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private string workDirectory = null!;

    [SetUp]
    public void CreateWorkDirectory() => workDirectory = Directory.CreateTempSubdirectory("callcenter-host-").FullName;

    [TearDown]
    public void RemoveWorkDirectory() => Directory.Delete(workDirectory, recursive: true);

    [Test]
    public async Task CallToHotline_IsAnsweredWelcomedAndEndedCleanly_WithCallIdOnEveryLine()
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions { SoundsDirectory = RepositoryRoot.Prompts, PlaybackSpeed = 0.05 });
        var logs = new SerilogCapture();
        using var host = ServerHost.Build(asterisk, logs, workDirectory);
        await host.StartAsync();
        await asterisk.WaitForApplicationAsync(Timeout);

        var caller = await asterisk.PlaceCallAsync("100", "+15551230001", "Alice");
        var welcome = await caller.WaitForPlaybackStartedAsync("sound:welcome", Timeout);
        await caller.WaitForHangupAsync(Timeout);
        await Eventually.TrueAsync(() => logs.Events.Any(e => e.MessageTemplate.Text.StartsWith("Call ended", StringComparison.Ordinal)), "the call ended", Timeout);
        await host.StopAsync();

        var callLines = logs.Events.Where(e => Rendered(e).Contains(caller.ChannelId, StringComparison.Ordinal) || IsCallCategory(e)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(welcome.MediaUri, Is.EqualTo("sound:welcome"));
            Assert.That(caller.HungUpBy, Is.EqualTo(HangupParty.Application));
            Assert.That(logs.Events.Where(e => e.Level >= LogEventLevel.Error).Select(Rendered), Is.Empty);
            Assert.That(callLines, Is.Not.Empty);
            Assert.That(callLines.Where(e => CallId(e) != caller.ChannelId).Select(Rendered), Is.Empty, "lines of the call without its CallId");
            Assert.That(callLines.Select(e => e.Properties["CallTag"].ToString()), Is.All.EqualTo($"\"[call {caller.ChannelId}] \""));
        });
    }

    [Test]
    public async Task LogFile_IsWrittenWithTheCallTag()
    {
        await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions { SoundsDirectory = RepositoryRoot.Prompts, PlaybackSpeed = 0.05 });
        var logs = new SerilogCapture();
        using (var host = ServerHost.Build(asterisk, logs, workDirectory))
        {
            await host.StartAsync();
            await asterisk.WaitForApplicationAsync(Timeout);
            var caller = await asterisk.PlaceCallAsync("100", "+15551230001");
            await caller.WaitForHangupAsync(Timeout);
            await Eventually.TrueAsync(() => logs.Events.Any(e => e.MessageTemplate.Text.StartsWith("Call ended", StringComparison.Ordinal)), "the call ended", Timeout);
            await host.StopAsync();
        }
        await Serilog.Log.CloseAndFlushAsync();

        var file = Directory.GetFiles(Path.Combine(workDirectory, "logs"), "callcenter-*.log").Single();
        var text = await ReadSharedAsync(file);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Match(@"\[call \d+\.\d+\] Call arrived from \+15551230001 to 100"));
            Assert.That(text, Does.Not.Contain(asterisk.Password));
        });
    }

    [Test]
    public async Task AsteriskNotThere_HostRunsAndRetriesQuietly()
    {
        await using var asterisk = await FakeAsterisk.StartAsync();
        await asterisk.GoDownAsync();
        var logs = new SerilogCapture();
        using var host = ServerHost.Build(asterisk, logs, workDirectory, new Dictionary<string, string?> { ["Ari:MaxReconnectDelay"] = "00:00:00.2" });

        await host.StartAsync();
        await Eventually.TrueAsync(() => logs.Events.Count(e => e.MessageTemplate.Text.Contains("not reachable", StringComparison.Ordinal)) >= 3, "three failed attempts", Timeout);
        var connection = host.Services.GetRequiredService<AriConnection>();
        await asterisk.ComeBackAsync();
        using (var connected = new CancellationTokenSource(Timeout))
        {
            await connection.WaitForStateAsync(AriConnectionState.Connected, connected.Token);
        }
        await host.StopAsync();

        var retries = logs.Events.Where(e => e.MessageTemplate.Text.Contains("not reachable", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(retries.Select(e => e.Level), Is.All.EqualTo(LogEventLevel.Warning));
            Assert.That(retries.Select(e => e.Properties["Attempt"].ToString()).Distinct().Count(), Is.EqualTo(retries.Count), "one line per attempt");
            Assert.That(logs.Events.Select(Rendered), Has.Some.StartsWith("Connected to Asterisk"));
            Assert.That(logs.Events.Where(e => e.Level >= LogEventLevel.Error), Is.Empty);
        });
    }

    [Test]
    public async Task Host_ServesEveryDataPort_AndCallRecordsReachTheDatabase()
    {
        await using var asterisk = await FakeAsterisk.StartAsync();
        var logs = new SerilogCapture();
        using var host = ServerHost.Build(asterisk, logs, workDirectory, new Dictionary<string, string?> { ["Database:SeedDemoData"] = "false" });
        await host.StartAsync();
        var journal = host.Services.GetRequiredService<Core.Ports.ICallJournal>();
        var flushed = host.Services.GetRequiredService<Data.Outbox.JournalOutbox>();

        var record = new Core.Records.CallRecord { CallId = "1795357895.0", StartedAt = DateTimeOffset.UtcNow, CallerNumber = "+15550111234", Outcome = Core.Records.CallOutcome.SelfService };
        await journal.RecordAsync(record, CancellationToken.None);
        await Eventually.TrueAsync(() => flushed.PendingCount == 0, "the outbox is flushed", Timeout);
        var reader = host.Services.GetRequiredService<Data.Journal.ICallRecordReader>();
        var stored = await reader.GetAsync("1795357895.0", CancellationToken.None);
        await host.StopAsync();

        Assert.Multiple(() =>
        {
            Assert.That(stored?.CallerNumber, Is.EqualTo("+15550111234"));
            Assert.That(host.Services.GetService<Core.Ports.ICustomerDirectory>(), Is.Not.Null);
            Assert.That(host.Services.GetService<Core.Ports.IProductCatalog>(), Is.Not.Null);
            Assert.That(host.Services.GetService<Core.Ports.IStoreDirectory>(), Is.Not.Null);
            Assert.That(host.Services.GetService<Core.Ports.IOrderBook>(), Is.Not.Null);
            Assert.That(host.Services.GetService<Core.Ports.IAgentDirectory>(), Is.Not.Null);
            Assert.That(host.Services.GetService<Core.Ports.IComplaintDesk>(), Is.Not.Null);
        });
    }

    [Test]
    public async Task InvalidAriUrl_FailsAtStartWithAClearMessage()
    {
        await using var asterisk = await FakeAsterisk.StartAsync();
        using var host = ServerHost.Build(asterisk, new SerilogCapture(), workDirectory, new Dictionary<string, string?> { ["Ari:Url"] = "ftp://pbx/" });

        var error = Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync());

        Assert.That(error!.Message, Does.Contain("Ari:Url must be an absolute http(s) URL"));
    }

    private static bool IsCallCategory(LogEvent e) =>
        e.Properties.TryGetValue("SourceContext", out var source)
        && source.ToString().Trim('"') is "CallCenter.Telephony.CallSession" or "CallCenter.Core.Ivr.Runtime.IvrCall";

    private static string? CallId(LogEvent e) =>
        e.Properties.TryGetValue("CallId", out var id) ? id.ToString().Trim('"') : null;

    private static string Rendered(LogEvent e) => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> ReadSharedAsync(string file)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
