using CallCenter.Core.Ivr.Flows;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Ivr.Runtime;
using CallCenter.Server.Acd;
using CallCenter.Server.Ivr;
using Microsoft.Extensions.Options;

namespace CallCenter.Server.Commands;

/// <summary>
/// `flow check` compiles every flow file of Ivr:FlowsDirectory against the recorded prompts, the server's
/// handlers and the queues of the queue file (Acd:Queues), and checks the queue file, as the server does before
/// either goes live; `flow graph FLOW` prints one flow as a Mermaid state diagram, from Stateless' own export of
/// the machine calls run.
/// </summary>
public static class FlowCommands
{
    /// <param name="words">What follows `flow`.</param>
    /// <param name="configuration">Settings such as --Ivr:FlowsDirectory=/srv/flows.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> words, string[] configuration, TextWriter output, TextWriter error)
    {
        switch (words.ToArray())
        {
            case ["check"]:
                return await WithFlowsAsync(configuration, error, (folder, queues, files) => CheckAsync(folder, queues, files, output, error)).ConfigureAwait(false);
            case ["graph", var name]:
                return await WithFlowsAsync(configuration, error, (folder, _, files) => GraphAsync(name, folder, files, output, error)).ConfigureAwait(false);
            default:
                await error.WriteLineAsync($"Unknown command: flow {string.Join(' ', words)}").ConfigureAwait(false);
                await error.WriteLineAsync(ServerCommandLine.UsageText).ConfigureAwait(false);
                return ServerCommandLine.Usage;
        }
    }

    private static async Task<int> CheckAsync(string folder, QueueFile queues, IReadOnlyList<FlowFile> files, TextWriter output, TextWriter error)
    {
        if (files.Count == 0)
        {
            await error.WriteLineAsync($"{folder}: no flow files ({FlowFiles.Pattern}) to check.").ConfigureAwait(false);
            return ServerCommandLine.Failure;
        }
        await output.WriteLineAsync($"Flows: {folder}").ConfigureAwait(false);
        var failed = 0;
        foreach (var file in files)
        {
            var errors = file.Result.Errors.Concat(NameTakenErrors(file, files)).ToList();
            if (errors.Count == 0)
            {
                var flow = file.Result.Flow!;
                await output.WriteLineAsync($"  ok    {file.FileName}: flow {flow.Name}, {Count(flow.Nodes.Count, "node")}, languages {string.Join(", ", flow.Languages)}").ConfigureAwait(false);
                continue;
            }
            failed++;
            await output.WriteLineAsync($"  FAIL  {file.FileName}: {Count(errors.Count, "error")}").ConfigureAwait(false);
            foreach (var problem in errors)
            {
                await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }
        }
        var queuesLive = await CheckQueuesAsync(folder, queues, output, error).ConfigureAwait(false);
        if (failed > 0)
        {
            await error.WriteLineAsync($"{failed} of {Count(files.Count, "flow")} cannot go live.").ConfigureAwait(false);
        }
        if (!queuesLive)
        {
            await error.WriteLineAsync($"{queues.Display} cannot go live: the server keeps the queues it has (none, at start).").ConfigureAwait(false);
        }
        if (failed > 0 || !queuesLive)
        {
            return ServerCommandLine.Failure;
        }
        await output.WriteLineAsync(files.Count == 1 ? "The flow and the queues can go live." : $"All {files.Count} flows and the queues can go live.").ConfigureAwait(false);
        return ServerCommandLine.Success;
    }

    /// <summary>The queue file's line of the report (named in full when it is not among the flows), and its errors; true when it can go live.</summary>
    private static async Task<bool> CheckQueuesAsync(string folder, QueueFile queues, TextWriter output, TextWriter error)
    {
        var name = Path.GetDirectoryName(Path.GetFullPath(queues.Path)) == Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) ? queues.FileName : queues.Display;
        if (queues.Result.Configuration is { } configuration)
        {
            var names = string.Join(", ", configuration.Queues.Keys.Order(StringComparer.Ordinal));
            await output.WriteLineAsync($"  ok    {name}: {Count(configuration.Queues.Count, "queue")} ({names}), {Count(configuration.Agents.Count, "agent")}").ConfigureAwait(false);
            return true;
        }
        await output.WriteLineAsync($"  FAIL  {name}: {Count(queues.Result.Errors.Count, "error")}").ConfigureAwait(false);
        foreach (var problem in queues.Result.Errors)
        {
            await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }
        return false;
    }

    private static async Task<int> GraphAsync(string name, string folder, IReadOnlyList<FlowFile> files, TextWriter output, TextWriter error)
    {
        // A flow's own name wins over another file's name, so `flow graph hotline` is the hotline wherever it is kept.
        var file = files.FirstOrDefault(f => f.Result.Flow?.Name == name) ?? files.FirstOrDefault(f => f.IsNamed(name));
        if (file is null)
        {
            var known = files.Select(f => f.Result.Flow is { } flow ? $"{flow.Name} ({f.FileName})" : $"{f.FileName} (does not compile)");
            await error.WriteLineAsync($"No flow named \"{name}\" in {folder}. Flows: {(files.Count == 0 ? "none" : string.Join(", ", known))}.").ConfigureAwait(false);
            return ServerCommandLine.Usage;
        }
        if (file.Result.Flow is not { } compiled)
        {
            foreach (var problem in file.Result.Errors)
            {
                await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }
            await error.WriteLineAsync($"{file.Display} does not compile: fix it, then draw it.").ConfigureAwait(false);
            return ServerCommandLine.Failure;
        }
        await output.WriteLineAsync(FlowMachine.Mermaid(compiled).TrimEnd()).ConfigureAwait(false);
        return ServerCommandLine.Success;
    }

    /// <summary>Two files with one flow name: `flow graph NAME` could not tell which is meant.</summary>
    private static IEnumerable<FlowError> NameTakenErrors(FlowFile file, IReadOnlyList<FlowFile> files)
    {
        if (file.Result.Flow is not { } flow)
        {
            yield break;
        }
        var first = files.First(f => f.Result.Flow?.Name == flow.Name);
        if (!ReferenceEquals(first, file))
        {
            yield return new FlowError(new SourceLocation(file.Display, 0, 0), $"the flow name \"{flow.Name}\" is already the name of {first.FileName}; give each flow its own.");
        }
    }

    private static async Task<int> WithFlowsAsync(string[] configuration, TextWriter error, Func<string, QueueFile, IReadOnlyList<FlowFile>, Task<int>> command)
    {
        IHost host;
        string folder;
        string queuePath;
        FlowEnvironment environment;
        try
        {
            host = FlowHost.Build(configuration);
            folder = LocalPaths.Resolve(host.Services.GetRequiredService<IvrOptions>().FlowsDirectory);
            queuePath = LocalPaths.Resolve(host.Services.GetRequiredService<AcdOptions>().Queues);
            environment = Environment(host.Services);
        }
        catch (Exception exception) when (exception is OptionsValidationException or InvalidOperationException or ArgumentException or IOException)
        {
            await error.WriteLineAsync($"The configuration is not usable: {exception.Message}").ConfigureAwait(false);
            return ServerCommandLine.Failure;
        }
        using (host)
        {
            var queues = QueueFile.Read(queuePath);
            IReadOnlyList<FlowFile> files;
            try
            {
                files = FlowFiles.Compile(folder, environment with { Queues = queues.QueueNames }, queuePath);
            }
            catch (DirectoryNotFoundException missing)
            {
                await error.WriteLineAsync(missing.Message).ConfigureAwait(false);
                return ServerCommandLine.Failure;
            }
            return await command(folder, queues, files).ConfigureAwait(false);
        }
    }

    /// <summary>What the server checks a flow against: the prompts recorded in Ivr:PromptsDirectory and the handlers it has.</summary>
    internal static FlowEnvironment Environment(IServiceProvider services) =>
        new(services.GetRequiredService<IPromptCatalog>(), services.GetRequiredService<HandlerCatalog>().Names);

    private static string Count(int count, string what) => count == 1 ? $"1 {what}" : $"{count} {what}s";
}
