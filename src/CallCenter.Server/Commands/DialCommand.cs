using System.Globalization;
using CallCenter.Audio.Prompts;
using CallCenter.Core.Calls;
using CallCenter.Core.Ivr.Handlers;
using CallCenter.Core.Ivr.Runtime;
using CallCenter.Core.Ports;
using CallCenter.Data;
using CallCenter.Data.Outbox;
using CallCenter.Data.Seeding;
using CallCenter.Server.Dial;
using CallCenter.Server.Ivr;
using Microsoft.Extensions.Options;

namespace CallCenter.Server.Commands;

/// <summary>
/// `dial [--from NUMBER] [--flow FILE] [--speed FACTOR]`: a phone on the terminal. It runs the live flow (or
/// FILE) with the server's handlers against the configured database — migrated, and seeded with the demo data
/// when it is an empty SQLite database — shows what the caller hears, takes keys from the keyboard, and keeps
/// the call's record and steps through the journal outbox like any call.
/// </summary>
public static class DialCommand
{
    /// <summary>From the console: keys as they are pressed, or the characters of redirected input; Ctrl+C hangs up.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> flags, string[] configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var hangUp = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            hangUp.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            TextReader keys = Console.IsInputRedirected ? Console.In : new ConsoleKeys();
            return await RunAsync(flags, configuration, keys, output, error, time: null, hangUp.Token).ConfigureAwait(false);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <param name="flags">What follows `dial`.</param>
    /// <param name="configuration">Settings such as --Database:ConnectionString=...</param>
    /// <param name="keys">The caller's keys.</param>
    /// <param name="time">The clock of the call; the system's when null.</param>
    /// <param name="hangUp">Cancelling it hangs up the call, or stops before it when it has not begun.</param>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> flags,
        string[] configuration,
        TextReader keys,
        TextWriter output,
        TextWriter error,
        TimeProvider? time = null,
        CancellationToken hangUp = default)
    {
        if (DialRequest.Parse(flags, out var problem) is not { } request)
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
            await error.WriteLineAsync(ServerCommandLine.UsageText).ConfigureAwait(false);
            return ServerCommandLine.Usage;
        }
        time ??= TimeProvider.System;
        // Warnings come from the outbox's own thread too: one line at a time.
        var terminal = new TerminalWriter(output);
        IHost? host = null;
        try
        {
            JournalOutbox outbox;
            try
            {
                (host, outbox) = await StartAsync(configuration, time, terminal).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OptionsValidationException or InvalidOperationException or ArgumentException or IOException)
            {
                await error.WriteLineAsync($"The configuration is not usable: {exception.Message}").ConfigureAwait(false);
                return ServerCommandLine.Failure;
            }
            try
            {
                return await CallAsync(request, host.Services, outbox, keys, terminal, error, time, hangUp).ConfigureAwait(false);
            }
            finally
            {
                await outbox.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (hangUp.IsCancellationRequested)
        {
            await error.WriteLineAsync("Stopped before the call began.").ConfigureAwait(false);
            return ServerCommandLine.Failure;
        }
        finally
        {
            host?.Dispose();
        }
    }

    /// <summary>
    /// The services with the journal outbox started. While a server holds the outbox folder, the call's records go
    /// through a folder of their own beside it, to the same database.
    /// </summary>
    private static async Task<(IHost Host, JournalOutbox Outbox)> StartAsync(string[] configuration, TimeProvider time, TerminalWriter terminal)
    {
        var host = Build(configuration, time, terminal);
        var outbox = host.Services.GetRequiredService<JournalOutbox>();
        try
        {
            await outbox.StartAsync(CancellationToken.None).ConfigureAwait(false);
            return (host, outbox);
        }
        catch (InvalidOperationException)
        {
            host.Dispose();
        }
        var held = outbox.Directory;
        var own = held.TrimEnd(Path.DirectorySeparatorChar) + "-dial";
        host = Build([.. configuration, $"--{OutboxOptions.SectionName}:Directory={own}"], time, terminal);
        try
        {
            outbox = host.Services.GetRequiredService<JournalOutbox>();
            await outbox.StartAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch
        {
            host.Dispose();
            throw;
        }
        await terminal.WriteLineAsync($"A server holds the journal outbox at {held}; this call's records go through {own}.").ConfigureAwait(false);
        return (host, outbox);
    }

    private static IHost Build(string[] configuration, TimeProvider time, TerminalWriter terminal)
    {
        var host = FlowHost.Build(configuration, time, new DialLog(terminal));
        try
        {
            // Every setting the call needs, checked before anything starts.
            host.Services.GetRequiredService<IvrServices>();
            host.Services.GetRequiredService<IvrOptions>();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private static async Task<int> CallAsync(
        DialRequest request,
        IServiceProvider services,
        JournalOutbox outbox,
        TextReader keys,
        TextWriter terminal,
        TextWriter error,
        TimeProvider time,
        CancellationToken hangUp)
    {
        var path = request.FlowFile is { } file ? Path.GetFullPath(file) : LocalPaths.Resolve(services.GetRequiredService<IvrOptions>().Flow);
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"{path}: no such flow file{(request.FlowFile is null ? " (setting Ivr:Flow)" : "")}.").ConfigureAwait(false);
            return ServerCommandLine.Failure;
        }
        var compiled = FlowFiles.CompileOne(path, FlowCommands.Environment(services));
        if (compiled.Result.Flow is not { } flow)
        {
            foreach (var problem in compiled.Result.Errors)
            {
                await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }
            await error.WriteLineAsync($"{compiled.Display} cannot go live, so it cannot be dialled: fix it first (`flow check` lists every flow's errors).").ConfigureAwait(false);
            return ServerCommandLine.Failure;
        }
        await terminal.WriteLineAsync($"Flow {flow.Name} from {compiled.Display}").ConfigureAwait(false);

        var seeded = await DialDatabase.PrepareAsync(services, services.GetRequiredService<IConfiguration>(), time, terminal, hangUp).ConfigureAwait(false);
        var customers = services.GetRequiredService<ICustomerDirectory>();
        var number = request.From
            ?? await DialCaller.DefaultNumberAsync(customers, seeded, services.GetRequiredService<DemoDataSeeder>(), time, hangUp).ConfigureAwait(false);
        var who = await DialCaller.DescribeAsync(number, customers, services.GetRequiredService<IvrHandlerOptions>(), hangUp).ConfigureAwait(false);
        await terminal.WriteLineAsync($"Caller: {who}").ConfigureAwait(false);
        var pace = request.Speed switch
        {
            0 => "at once",
            1 => "as long as on a phone",
            _ => string.Create(CultureInfo.InvariantCulture, $"{request.Speed:0.##} times as long as on a phone"),
        };
        await terminal.WriteLineAsync($"Keys: 0-9, * and # as on a phone; q hangs up. Prompts play {pace}.").ConfigureAwait(false);

        var now = time.GetUtcNow();
        var callId = string.Create(CultureInfo.InvariantCulture, $"dial-{now:yyyyMMdd-HHmmss}-{Random.Shared.Next(0x10000):x4}");
        var caller = new CallerInfo(callId, number, "", "dial", [], flow.DefaultLanguage, now);
        var prompts = new PromptTranscripts(services.GetRequiredService<PromptDirectory>());
        var session = new DialSession(flow, services.GetRequiredService<IvrServices>(), prompts, terminal, request.Speed);
        DialResult result;
        try
        {
            result = await session.RunAsync(caller, keys, hangUp).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // On the server the call's mailbox would fail the call loudly and hang up; here the admin reads why.
            await error.WriteLineAsync($"Call {callId} failed in our own handling: {exception}").ConfigureAwait(false);
            return ServerCommandLine.Failure;
        }

        // Stopping flushes what the call wrote to the database, for at most Outbox:StopGrace.
        await outbox.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await ReportAsync(result, services, outbox, terminal).ConfigureAwait(false);
        return ServerCommandLine.Success;
    }

    private static async Task ReportAsync(DialResult result, IServiceProvider services, JournalOutbox outbox, TextWriter terminal)
    {
        var outcome = result.Record?.Outcome.ToString() ?? "no record";
        var database = services.GetRequiredService<DbConnectionFactory>().Describe();
        if (outbox.PendingCount > 0)
        {
            await terminal.WriteLineAsync(
                $"Call {result.CallId}: {outcome}, {result.Steps} steps, kept in the journal outbox at {outbox.Directory}: {outbox.PendingCount} records wait there "
                + $"for {database}, which takes them at the server's next start or the next dial.").ConfigureAwait(false);
            return;
        }
        var journal = services.GetRequiredService<ICallJournal>();
        try
        {
            var stored = await journal.GetAsync(result.CallId, CancellationToken.None).ConfigureAwait(false);
            var steps = await journal.StepsAsync(result.CallId, CancellationToken.None).ConfigureAwait(false);
            await terminal.WriteLineAsync(
                $"Call {result.CallId}: {stored?.Outcome.ToString() ?? outcome}, {steps.Count} steps, written through the journal outbox to {database} "
                + $"(call_records and call_steps, call_id '{result.CallId}').").ConfigureAwait(false);
        }
        catch (DataUnavailableException unavailable)
        {
            await terminal.WriteLineAsync($"Call {result.CallId}: {outcome}, {result.Steps} steps, written to {database}, which cannot be read back now ({unavailable.Message}).").ConfigureAwait(false);
        }
    }
}
