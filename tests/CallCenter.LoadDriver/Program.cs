using System.Diagnostics;
using System.Globalization;
using CallCenter.LoadDriver;
using CallCenter.Server.Extensions;
using CallCenter.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Serilog.Events;

// Drives the real server host against FakeAsterisk with many simultaneous callers and prints what it measured.
var options = LoadOptions.Parse(args);
var invariant = CultureInfo.InvariantCulture;
await using var asterisk = await FakeAsterisk.StartAsync(new FakeAsteriskOptions { SoundsDirectory = RepositoryRoot.Prompts, PlaybackSpeed = options.PlaybackSpeed });

var work = Directory.CreateTempSubdirectory("callcenter-load-");
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Load" });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Ari:Url"] = asterisk.AriUri.ToString(),
    ["Ari:User"] = asterisk.User,
    ["Ari:Password"] = asterisk.Password,
    ["Logging:Directory"] = Environment.GetEnvironmentVariable("LOAD_LOG_DIR") ?? Path.Combine(work.FullName, "logs"),
    ["Database:ConnectionString"] = $"Data Source={Path.Combine(work.FullName, "load.db")}",
    // Seeding in the background would measure the seeder, not the calls.
    ["Database:SeedDemoData"] = "false",
    ["Outbox:Directory"] = Path.Combine(work.FullName, "outbox"),
    // Per-call information lines would measure the console, not the server.
    ["Serilog:MinimumLevel:Default"] = Environment.GetEnvironmentVariable("LOAD_LOG_LEVEL") ?? nameof(LogEventLevel.Warning),
});
builder.AddCallCenterLogging();
builder.AddCallCenterData();
builder.AddCallCenterTelephony();
using var host = builder.Build();
await host.StartAsync();
await asterisk.WaitForApplicationAsync(TimeSpan.FromSeconds(30));

Console.WriteLine($"{options.Calls} callers dial 100 over {options.Ramp.TotalSeconds:0.#} s; prompts at {options.PlaybackSpeed:0.##}x their length");
var answerMs = new List<double>(options.Calls);
var welcomeMs = new List<double>(options.Calls);
var failures = 0;
var peak = 0;
var inProgress = 0;
var clock = Stopwatch.StartNew();
var gap = options.Calls > 1 ? options.Ramp / options.Calls : TimeSpan.Zero;
var calls = new List<Task>(options.Calls);
for (var i = 0; i < options.Calls; i++)
{
    calls.Add(RunCallAsync(i));
    var due = gap * (i + 1);
    if (due > clock.Elapsed)
    {
        await Task.Delay(due - clock.Elapsed);
    }
}
await Task.WhenAll(calls);
var elapsed = clock.Elapsed;
await host.StopAsync();
work.Delete(recursive: true);

Console.WriteLine($"completed   {options.Calls - failures} of {options.Calls} calls in {elapsed.TotalSeconds.ToString("0.00", invariant)} s ({((options.Calls - failures) / elapsed.TotalSeconds).ToString("0", invariant)} calls/s)");
Console.WriteLine($"failed      {failures}");
Console.WriteLine($"concurrent  peak {peak} calls in progress at once");
Console.WriteLine($"answered    {Percentiles.Describe(answerMs)} after the call reached the app");
Console.WriteLine($"welcome     {Percentiles.Describe(welcomeMs)} after the call reached the app");
Console.WriteLine($"memory      working set {Environment.WorkingSet / (1024 * 1024)} MiB, GC heap {GC.GetTotalMemory(false) / (1024 * 1024)} MiB, gen2 collections {GC.CollectionCount(2)}");
return failures == 0 ? 0 : 1;

async Task RunCallAsync(int index)
{
    try
    {
        var caller = await asterisk.PlaceCallAsync("100", "+1555" + index.ToString("D7", invariant));
        var placed = Stopwatch.GetTimestamp();
        var now = Interlocked.Increment(ref inProgress);
        InterlockedMax(ref peak, now);
        await caller.WaitForAnswerAsync(TimeSpan.FromSeconds(60));
        var answered = Stopwatch.GetElapsedTime(placed).TotalMilliseconds;
        await caller.WaitForPlaybackStartedAsync("sound:welcome", TimeSpan.FromSeconds(60));
        var welcomed = Stopwatch.GetElapsedTime(placed).TotalMilliseconds;
        await caller.WaitForHangupAsync(TimeSpan.FromSeconds(120));
        Interlocked.Decrement(ref inProgress);
        lock (answerMs)
        {
            answerMs.Add(answered);
            welcomeMs.Add(welcomed);
        }
    }
    catch (Exception exception)
    {
        Interlocked.Increment(ref failures);
        Console.Error.WriteLine($"call {index}: {exception.Message}");
    }
}

static void InterlockedMax(ref int target, int value)
{
    int current;
    while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
    {
    }
}
