using System.Diagnostics;
using System.Globalization;
using CallCenter.Benchmarks;
using CallCenter.Data;
using CallCenter.Data.Schema;
using CallCenter.Data.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

// Seeds a temporary SQLite database with the demo data and prints p50/p99/max of every IVR lookup made through
// the real repositories. The goal is under 1 ms at p99; run it in Release:
//   dotnet run -c Release --project tests/CallCenter.Benchmarks -- [--iterations 20000] [--warmup 2000]
var iterations = Option("--iterations", 20_000);
var warmUp = Option("--warmup", 2_000);
var culture = CultureInfo.InvariantCulture;

var work = Directory.CreateTempSubdirectory("callcenter-bench-");
try
{
    var database = new DbConnectionFactory(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(work.FullName, "bench.db")}" });
    LookupPorts ports;
    try
    {
        ports = LookupPorts.Create(database);
    }
    catch (InvalidOperationException missing)
    {
        Console.Error.WriteLine(missing.Message);
        return 1;
    }
    await new SchemaMigrator(database, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
    var generating = Stopwatch.StartNew();
    var data = DemoData.Generate(DateTimeOffset.UtcNow);
    generating.Stop();
    var seeded = await new DemoDataSeeder(database, NullLogger<DemoDataSeeder>.Instance).SeedAsync(data, replaceExisting: false, CancellationToken.None);
    Console.WriteLine(string.Create(culture, $"Demo data: {data.Customers.Count} customers, {data.Orders.Count} orders, {data.Calls.Count} calls; generated in {generating.Elapsed.TotalSeconds:0.00} s, seeded in {seeded.Elapsed.TotalSeconds:0.00} s ({seeded.Tables.Sum(t => t.Rows)} rows)"));
    Console.WriteLine(string.Create(culture, $"{iterations} calls per lookup after {warmUp} warm-up calls, one at a time; {Environment.ProcessorCount} cores, {(Debugger.IsAttached ? "debugger attached" : "no debugger")}, {(IsOptimized() ? "Release" : "Debug build: run with -c Release for real figures")}"));
    Console.WriteLine();

    var problems = await LookupCheck.RunAsync(ports, data, CancellationToken.None);
    if (problems.Count > 0)
    {
        Console.Error.WriteLine("The lookups do not answer what the demo data holds:");
        foreach (var problem in problems)
        {
            Console.Error.WriteLine($"  {problem}");
        }
        return 1;
    }
    var samples = await new LookupBenchmark(ports, data, warmUp, iterations).RunAsync(CancellationToken.None);

    Console.WriteLine(string.Create(culture, $"{"lookup",-30}{"p50 ms",10}{"p90 ms",10}{"p99 ms",10}{"max ms",10}{"mean ms",10}  p99 < 1 ms"));
    foreach (var sample in samples)
    {
        var p99 = sample.Percentile(99);
        Console.WriteLine(string.Create(culture, $"{sample.Lookup,-30}{sample.Percentile(50),10:0.000}{sample.Percentile(90),10:0.000}{p99,10:0.000}{sample.Max,10:0.000}{sample.Mean,10:0.000}  {(p99 < 1 ? "yes" : "NO")}"));
    }
    return 0;
}
finally
{
    SqliteConnection.ClearAllPools();
    work.Delete(recursive: true);
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}

static bool IsOptimized() =>
    typeof(LookupBenchmark).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false) is not [DebuggableAttribute { IsJITOptimizerDisabled: true }];
