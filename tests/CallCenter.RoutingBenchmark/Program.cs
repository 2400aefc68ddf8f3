using System.Diagnostics;
using System.Globalization;
using CallCenter.Core.Acd.Routing;
using CallCenter.Core.Agents;
using CallCenter.Benchmarks;
using CallCenter.RoutingBenchmark;

// Times one routing — CallRouter.Route over the waiting callers (kept in WaitingCalls, as the distributor keeps them)
// and every agent, giving the offers to make now — for a few call-center shapes, and prints p50/p99/max per shape,
// then the distributor's upkeep of WaitingCalls. The goal is under 1 ms at p99; run it in Release:
//   dotnet run -c Release --project tests/CallCenter.RoutingBenchmark -- [--iterations 2000] [--warmup 300]
var iterations = Option("--iterations", 2_000);
var warmUp = Option("--warmup", 300);
const int AgentVariants = 16;
var culture = CultureInfo.InvariantCulture;

RoutingShape[] shapes =
[
    new("1,000 agents, 10,000 calls, 1-50 free", 1_000, 10_000, 1, 50),
    new("1,000 agents, 10,000 calls, 1-5 free", 1_000, 10_000, 1, 5),
    new("200 agents, 2,000 calls, 1-50 free", 200, 2_000, 1, 50),
    new("100 agents, 500 calls, 1-20 free", 100, 500, 1, 20),
    new("1,000 agents all free, 10,000 calls", 1_000, 10_000, 1_000, 1_000) { WorstCase = true },
    new("1,000 agents, 50 free fit no call, 10,000 calls", 1_000, 10_000, 50, 50) { WorstCase = true, FreeAgentsUnskilled = true },
    new("1,000 agents, 10,000 calls all held for busy agents", 1_000, 10_000, 1, 50) { WorstCase = true, EveryCallerWaitsForLastAgent = true },
];

Console.WriteLine(string.Create(culture, $"One routing = CallRouter.Route over all waiting calls (in WaitingCalls) and agents in 4 queues; {iterations} routings per shape after {warmUp} warm-up ones, {AgentVariants} agent line-ups per shape, the clock moving on between routings"));
Console.WriteLine(string.Create(culture, $"{Environment.ProcessorCount} cores, {(Debugger.IsAttached ? "debugger attached" : "no debugger")}, {(IsOptimized() ? "Release" : "Debug build: run with -c Release for real figures")}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC"));
Console.WriteLine(LoadAverage("at start"));
Console.WriteLine(ThreadClock.Works
    ? "cpu p50/p99: the routing thread's own CPU time, which other work on a busy machine does not inflate"
    : "cpu p50/p99: not measured (this system has no per-thread CPU clock)");
Console.WriteLine();
Console.WriteLine(string.Create(culture, $"{"shape",-50}{"p50 ms",9}{"p90 ms",9}{"p99 ms",9}{"max ms",9}{"mean ms",9}{"cpu p50",9}{"cpu p99",9}{"offers",8}{"KB/route",10}{"gen0",6}  p99 < 1 ms"));
var printedWorst = false;
foreach (var shape in shapes)
{
    if (shape.WorstCase && !printedWorst)
    {
        Console.WriteLine("worst cases:");
        printedWorst = true;
    }
    var random = new Random(42);
    var calls = new WaitingCalls(shape.MakeCalls(random));
    var lineUps = Enumerable.Range(0, AgentVariants).Select(_ => shape.MakeAgents(random)).ToArray();
    var queues = shape.Queues;
    for (var i = 0; i < warmUp; i++)
    {
        CallRouter.Route(calls, lineUps[i % AgentVariants], queues, Moment(i));
    }

    var latencies = new Latencies();
    var cpu = new Latencies();
    long offers = 0;
    long allocated = 0;
    var collections = GC.CollectionCount(0);
    for (var i = 0; i < iterations; i++)
    {
        var agents = lineUps[i % AgentVariants];
        var now = Moment(warmUp + i);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadClock.Nanoseconds();
        var started = Stopwatch.GetTimestamp();
        var decisions = CallRouter.Route(calls, agents, queues, now);
        latencies.Add(Stopwatch.GetTimestamp() - started);
        cpu.Add((ThreadClock.Nanoseconds() - cpuBefore) * Stopwatch.Frequency / 1_000_000_000);
        allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        offers += decisions.Count;
        if (Problem(decisions, agents) is { } problem)
        {
            Console.Error.WriteLine($"{shape.Name}: {problem}");
            return 1;
        }
    }
    collections = GC.CollectionCount(0) - collections;
    var p99 = latencies.Percentile(99);
    Console.WriteLine(string.Create(culture, $"{shape.Name,-50}{latencies.Percentile(50),9:0.000}{latencies.Percentile(90),9:0.000}{p99,9:0.000}{latencies.Max,9:0.000}{latencies.Mean,9:0.000}{cpu.Percentile(50),9:0.000}{cpu.Percentile(99),9:0.000}{offers / (double)iterations,8:0.0}{allocated / 1024.0 / iterations,10:0.0}{collections,6}  {(p99 < 1 ? "yes" : "NO")}"));
}
Console.WriteLine();
Console.WriteLine(string.Create(culture, $"{"distributor upkeep of WaitingCalls (10,000 waiting)",-50}{"p50 µs",9}{"p90 µs",9}{"p99 µs",9}{"max µs",9}{"mean µs",9}"));
foreach (var (operation, latencies) in Upkeep(RoutingShape.Start, new RoutingShape("upkeep", 1_000, 10_000, 1, 50)))
{
    Console.WriteLine(string.Create(culture, $"{operation,-50}{latencies.Percentile(50) * 1000,9:0.0}{latencies.Percentile(90) * 1000,9:0.0}{latencies.Percentile(99) * 1000,9:0.0}{latencies.Max * 1000,9:0.0}{latencies.Mean * 1000,9:0.0}"));
}
Console.WriteLine();
Console.WriteLine(LoadAverage("at end"));
return 0;

// Connected and abandoned callers leave, new ones arrive (at the back of their line), overflowed ones move queue.
(string, Latencies)[] Upkeep(DateTimeOffset start, RoutingShape shape)
{
    var random = new Random(7);
    var calls = shape.MakeCalls(random);
    var waiting = new WaitingCalls(calls);
    var arrive = new Latencies();
    var leave = new Latencies();
    var move = new Latencies();
    for (var i = 0; i < warmUp + iterations; i++)
    {
        var leaving = calls[random.Next(calls.Length)];
        var started = Stopwatch.GetTimestamp();
        waiting.Remove(leaving.CallId);
        var left = Stopwatch.GetTimestamp();
        var arriving = leaving with { CallId = $"new-{i}", EnqueuedAt = start.AddSeconds(i) };
        waiting.Add(arriving);
        var arrived = Stopwatch.GetTimestamp();
        waiting.Remove(arriving.CallId);
        waiting.Add(arriving with { Queue = "support" });
        var moved = Stopwatch.GetTimestamp();
        waiting.Remove(arriving.CallId);
        waiting.Add(leaving);
        if (i >= warmUp)
        {
            leave.Add(left - started);
            arrive.Add(arrived - left);
            move.Add(moved - arrived);
        }
    }
    return [("a caller leaves (Remove)", leave), ("a caller arrives (Add)", arrive), ("a caller overflows to another queue", move)];
}

// Other builds and tests on the machine show in the tail figures; say how busy it was.
static string LoadAverage(string when) =>
    File.Exists("/proc/loadavg")
        ? $"load average {when} (1, 5, 15 min): {string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))} on {Environment.ProcessorCount} cores"
        : $"load average {when}: not known on this system";

DateTimeOffset Moment(int routing) => RoutingShape.Start.AddMilliseconds(routing * 137L % 240_000);

// Checked outside the timing, so a fast but wrong router cannot print good figures.
static string? Problem(IReadOnlyList<RoutingDecision> decisions, AgentSnapshot[] agents)
{
    var available = agents.Where(agent => agent.State == AgentState.Available).Select(agent => agent.Extension).ToHashSet();
    if (decisions.Select(d => d.AgentExtension).Distinct().Count() != decisions.Count || decisions.Select(d => d.CallId).Distinct().Count() != decisions.Count)
    {
        return "an agent or a call was offered twice";
    }
    return decisions.FirstOrDefault(d => !available.Contains(d.AgentExtension)) is { } wrong ? $"agent {wrong.AgentExtension} was offered a call but is not available" : null;
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}

static bool IsOptimized() =>
    typeof(CallRouter).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false) is not [DebuggableAttribute { IsJITOptimizerDisabled: true }];
