using System.Globalization;
using CallCenter.Core.Complaints;
using CallCenter.Core.Ports;
using CallCenter.Core.Records;
using CallCenter.Data.Journal;
using CallCenter.Data.Outbox;
using CallCenter.Server.Extensions;
using CallCenter.Server.Ivr;
using CallCenter.Server.Tests.Host;
using CallCenter.Testing;
using CallCenter.Testing.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog.Events;

namespace CallCenter.Server.Tests.Ivr.EndToEnd;

/// <summary>
/// The hotline as a caller reaches it: a FakeAsterisk with the repository's prompts, and the real server host (as
/// Program.cs builds it) running a shortened copy of flows/hotline.yaml on a copy of the seeded demo database, with a
/// wall clock fixed at a chosen moment. Calls placed here are what the tests listen to and look up afterwards.
/// </summary>
internal sealed class HotlineRig : IAsyncDisposable
{
    /// <summary>How long a test waits for anything a call should do soon.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly string workDirectory;
    private int callers;

    private HotlineRig(string workDirectory, FakeAsterisk asterisk, IHost host, SerilogCapture logs, HotlineRigOptions options)
    {
        this.workDirectory = workDirectory;
        Asterisk = asterisk;
        Server = host;
        Logs = logs;
        Options = options;
    }

    public FakeAsterisk Asterisk { get; }

    public IHost Server { get; }

    public SerilogCapture Logs { get; }

    public HotlineRigOptions Options { get; }

    /// <summary>The flow file the server runs and watches.</summary>
    public string FlowFile => Path.Combine(workDirectory, "flows", "hotline.yaml");

    /// <summary>The SQLite file the server uses; it is only ever opened, never created, so moving it away is an outage.</summary>
    public string DatabaseFile => Path.Combine(workDirectory, "data", "callcenter.db");

    public FlowCatalog Flows => Server.Services.GetRequiredService<FlowCatalog>();

    public JournalOutbox Outbox => Server.Services.GetRequiredService<JournalOutbox>();

    public static async Task<HotlineRig> StartAsync(HotlineRigOptions? options = null)
    {
        options ??= new HotlineRigOptions();
        var workDirectory = Directory.CreateTempSubdirectory("callcenter-hotline-").FullName;
        Directory.CreateDirectory(Path.Combine(workDirectory, "data"));
        var database = Path.Combine(workDirectory, "data", "callcenter.db");
        DemoDatabase.CopyTo(database);
        var flow = options.Flow is { } text
            ? await WriteFileAsync(Path.Combine(workDirectory, "flows"), "hotline.yaml", text)
            : HotlineFlowCopy.Write(Path.Combine(workDirectory, "flows"), options.TimeoutScale);

        var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions
        {
            SoundsDirectory = RepositoryRoot.Prompts,
            PlaybackSpeed = options.PlaybackSpeed,
            DtmfDuration = TimeSpan.FromMilliseconds(20),
            DtmfGap = TimeSpan.FromMilliseconds(20),
            TimeProvider = options.FakeTime ?? TimeProvider.System,
        });
        var logs = new SerilogCapture();
        var queueFile = options.Queues is { } queues ? await WriteFileAsync(Path.Combine(workDirectory, "flows"), "queues.yaml", queues) : null;
        var host = Build(asterisk, logs, workDirectory, database, flow, queueFile, options);
        try
        {
            await host.StartAsync();
            await asterisk.WaitForApplicationAsync(Patience);
        }
        catch
        {
            await host.DisposeAsync();
            await asterisk.DisposeAsync();
            throw;
        }
        return new HotlineRig(workDirectory, asterisk, host, logs, options);
    }

    /// <summary>A call to the hotline (extension 100) from <paramref name="number"/>, or from a number no customer has.</summary>
    public async Task<HotlineCaller> CallAsync(string? number = null)
    {
        number ??= StrangerNumber(Interlocked.Increment(ref callers));
        var call = await Asterisk.PlaceCallAsync("100", number, "Caller");
        return new HotlineCaller(call);
    }

    /// <summary>The call's record once the database has it with its end.</summary>
    public async Task<CallRecord> EndedRecordAsync(string callId)
    {
        var reader = Server.Services.GetRequiredService<ICallRecordReader>();
        CallRecord? record = null;
        await Eventually.TrueAsync(
            async () =>
            {
                record = await ReadOrNullAsync(() => reader.GetAsync(callId, CancellationToken.None));
                return record?.EndedAt is not null;
            },
            $"the ended record of call {callId} in the database",
            Patience);
        return record!;
    }

    /// <summary>The call's steps, once the database has at least <paramref name="atLeast"/> of them.</summary>
    public async Task<IReadOnlyList<CallStep>> StepsAsync(string callId, int atLeast = 1)
    {
        var reader = Server.Services.GetRequiredService<ICallRecordReader>();
        IReadOnlyList<CallStep> steps = [];
        await Eventually.TrueAsync(
            async () =>
            {
                steps = await ReadOrNullAsync(() => reader.StepsAsync(callId, CancellationToken.None)) ?? [];
                return steps.Count >= atLeast;
            },
            $"{atLeast} steps of call {callId} in the database",
            Patience);
        return steps;
    }

    /// <summary>The complaint ticket opened by the call, once the database has it.</summary>
    public async Task<ComplaintTicket> TicketAsync(string callId)
    {
        var reader = Server.Services.GetRequiredService<ITicketReader>();
        ComplaintTicket? ticket = null;
        await Eventually.TrueAsync(
            async () =>
            {
                var open = await ReadOrNullAsync(() => reader.ListAsync(TicketStatus.Open, 1000, CancellationToken.None)) ?? [];
                ticket = open.FirstOrDefault(t => t.CallId == callId);
                return ticket is not null;
            },
            $"a ticket of call {callId} in the database",
            Patience);
        return ticket!;
    }

    public T Service<T>() where T : notnull => Server.Services.GetRequiredService<T>();

    /// <summary>What the server logged as errors while handling the call.</summary>
    public IReadOnlyList<LogEvent> ErrorsOf(string callId) =>
        Logs.Events.Where(e => e.Level >= LogEventLevel.Error && CallIdOf(e) == callId).ToList();

    /// <summary>
    /// Waits until the server asks Asterisk to record the call's <paramref name="number"/>th message: from then on
    /// what the caller says is in it.
    /// </summary>
    public async Task<string> RecordingStartedAsync(string callId, int number = 1)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{callId}-rec{number}");
        await Asterisk.WaitForRequestAsync(
            r => r.Method == "POST" && r.Path == $"/ari/channels/{callId}/record" && r.Query.TryGetValue("name", out var asked) && asked == name,
            Patience);
        return name;
    }

    /// <summary>The path of a recording in Asterisk's spool.</summary>
    public string RecordingFile(string name) => Path.Combine(Asterisk.RecordingsDirectory, name + ".wav");

    public async ValueTask DisposeAsync()
    {
        foreach (var caller in Asterisk.Callers.Where(c => !c.IsHungUp))
        {
            await caller.HangUpAsync();
        }
        try
        {
            await Server.StopAsync();
        }
        finally
        {
            Server.Dispose();
            await Asterisk.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(workDirectory, recursive: true);
        }
    }

    private static string? CallIdOf(LogEvent e) =>
        e.Properties.TryGetValue("CallId", out var id) ? id.ToString().Trim('"') : null;

    /// <summary>A Washington 555 number no demo customer has, a different one for each call.</summary>
    private static string StrangerNumber(int sequence)
    {
        var taken = DemoDatabase.Data.Customers.SelectMany(c => c.Phones).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(sequence, 10_000)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"+1202555{i % 10_000:0000}"))
            .First(n => !taken.Contains(n));
    }

    private static async Task<string> WriteFileAsync(string directory, string name, string text)
    {
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, name);
        await File.WriteAllTextAsync(file, text);
        return file;
    }

    private static async Task<T?> ReadOrNullAsync<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Core.Ports.DataUnavailableException)
        {
            return default;
        }
    }

    private static WebApplication Build(FakeAsterisk asterisk, SerilogCapture logs, string workDirectory, string database, string flow, string? queueFile, HotlineRigOptions options)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ari:Url"] = asterisk.AriUri.ToString(),
            ["Ari:User"] = asterisk.User,
            ["Ari:Password"] = asterisk.Password,
            ["Ari:ReconnectDelay"] = "00:00:00.05",
            ["Logging:Directory"] = Path.Combine(workDirectory, "logs"),
            ["Telephony:ShutdownGrace"] = "00:00:02",
            ["Database:ConnectionString"] = new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadWrite, Pooling = options.PooledDatabase }.ToString(),
            ["Database:CommandTimeout"] = "00:00:02",
            ["Database:SeedDemoData"] = "false",
            ["Outbox:Directory"] = Path.Combine(workDirectory, "data", "outbox"),
            ["Outbox:RetryDelay"] = "00:00:00.02",
            ["Outbox:MaxRetryDelay"] = "00:00:00.2",
            ["Outbox:FailureWindow"] = "00:00:00.5",
            ["Outbox:BreakDuration"] = "00:00:00.5",
            ["Ivr:Flow"] = flow,
            ["Ivr:PromptsDirectory"] = RepositoryRoot.Prompts,
            ["Ivr:ReloadInterval"] = options.ReloadInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Acd:ReloadInterval"] = options.ReloadInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Acd:TickInterval"] = "00:00:00.1",
            ["Acd:RestAfterMissedOffer"] = "00:00:00.2",
            ["Acd:CallbackAttempts"] = "2",
            ["Acd:CallbackRetryDelay"] = "00:00:00.3",
            // Customers called back are FakeAsterisk callees behind its callers' trunk.
            ["Callback:Endpoint"] = "PJSIP/{number}@" + asterisk.CallerEndpoint,
            ["Callback:CallerIdNumber"] = "100",
            ["Callback:RingTimeout"] = "00:00:05",
        };
        if (queueFile is not null)
        {
            settings["Acd:Queues"] = queueFile;
        }
        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }
        foreach (var (extension, index) in options.AgentsLoggedIn.Select((e, i) => (e, i)))
        {
            settings[string.Create(CultureInfo.InvariantCulture, $"Acd:LogInAtStart:{index}")] = extension;
        }
        // The last registration wins: every service reads the hotline's wall clock at the chosen moment, or the fake one.
        return ServerApp.Build(
            settings,
            logger => logger.WriteTo.Sink(logs),
            services => services.AddSingleton<TimeProvider>(options.FakeTime is { } fake ? fake : new ShiftedClock(options.WallClock)));
    }
}
