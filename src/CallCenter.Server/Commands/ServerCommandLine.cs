namespace CallCenter.Server.Commands;

/// <summary>
/// The verbs the server binary understands besides running: `db migrate`, `db seed --demo [--force]`,
/// `prompts build [--only NAME...] [--force]`, `prompts check`, `flow check`, `flow graph FLOW` and
/// `dial [--from NUMBER] [--flow FILE] [--speed FACTOR]`, `agent list|add|pin|role|deactivate|reactivate` and `apikey new NAME`.
/// Arguments of the form key=value (e.g. --Database:Provider=SqlServer) are configuration, as when running.
/// </summary>
public static class ServerCommandLine
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public const string UsageText = """
        Usage:
          CallCenter.Server                          run the server
          CallCenter.Server db migrate               bring the database to the newest schema and print its version
          CallCenter.Server db seed --demo [--force] fill the database with the demo data (migrates first);
                                                     --force deletes all its data first when it has customers
          CallCenter.Server prompts build [--only NAME...] [--force]
                                                     make the prompts' WAVs from prompts/*/prompts.txt with espeak-ng,
                                                     those whose text or settings changed (all with --force)
          CallCenter.Server prompts check            report missing, undeclared and badly formatted prompt files
          CallCenter.Server flow check               compile every flow in flows/ against the prompts, the handlers and
                                                     the queues, and check the queue file (flows/queues.yaml);
                                                     each error as file:line
          CallCenter.Server flow graph FLOW          the flow (its name or file name) as a Mermaid state diagram
          CallCenter.Server dial [--from NUMBER] [--flow FILE] [--speed FACTOR]
                                                     call the live flow (or FILE) from the terminal: hear its prompts
                                                     as text, press 0-9 * #, q to hang up; real handlers and database.
                                                     --from: default a demo VIP; --speed: prompt length factor, 0 = at once
          CallCenter.Server agent list               every agent: extension, name, role, whether a PIN is set, active or not
          CallCenter.Server agent add EXTENSION "NAME" [--role agent|supervisor|admin]
                                                     take an agent on (role agent unless given); they sign in once
                                                     they have a PIN
          CallCenter.Server agent pin EXTENSION [--stdin]
                                                     set the agent's sign-in PIN, 4 to 12 digits: typed twice without
                                                     echo, or with --stdin one line of standard input (for scripts)
          CallCenter.Server agent role EXTENSION agent|supervisor|admin
                                                     change what the agent may see, from their next sign-in
          CallCenter.Server agent deactivate EXTENSION
          CallCenter.Server agent reactivate EXTENSION
                                                     stop or restore the agent's sign-in; their calls' history stays
          CallCenter.Server apikey new NAME          make a key for the CTI API (docs/CTI.md): prints the key once and
                                                     the Cti:ApiKeys entry (its hash) to add to the configuration
        Configuration comes from appsettings.json and the environment (Database__ConnectionString=...), and from
        arguments such as --Database:Provider=SqlServer, --Ivr:PromptsDirectory=/srv/prompts (default: prompts) or
        --Ivr:FlowsDirectory=/srv/flows (default: flows) or --Acd:Queues=/srv/queues.yaml (default: flows/queues.yaml).
        """;

    /// <summary>True when the arguments name a verb rather than only configure the server.</summary>
    public static bool HasVerb(IReadOnlyList<string> args) =>
        args.Count > 0 && !IsConfiguration(args[0]) && !args[0].StartsWith('-') && !args[0].StartsWith('/');

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var words = args.Where(a => !IsConfiguration(a)).ToList();
        var configuration = args.Where(IsConfiguration).ToArray();
        switch (words)
        {
            case ["help"]:
                await output.WriteLineAsync(UsageText).ConfigureAwait(false);
                return Success;
            case ["db", "migrate"]:
                return await DatabaseCommands.MigrateAsync(configuration, output, error, cancellationToken).ConfigureAwait(false);
            case ["db", "seed", .. var flags] when flags.All(f => f is "--demo" or "--force") && flags.Contains("--demo"):
                return await DatabaseCommands.SeedDemoAsync(configuration, flags.Contains("--force"), output, error, cancellationToken).ConfigureAwait(false);
            case ["prompts", .. var rest]:
                return await PromptCommands.RunAsync(rest, configuration, output, error, cancellationToken).ConfigureAwait(false);
            case ["flow", .. var rest]:
                return await FlowCommands.RunAsync(rest, configuration, output, error).ConfigureAwait(false);
            case ["agent", .. var rest]:
                return await AgentCommands.RunAsync(rest, configuration, output, error, cancellationToken).ConfigureAwait(false);
            case ["dial", .. var flags]:
                return await DialCommand.RunAsync(flags, configuration, output, error, cancellationToken).ConfigureAwait(false);
            case ["apikey", .. var rest]:
                return await ApiKeyCommands.RunAsync(rest, configuration, output, error).ConfigureAwait(false);
            case ["db", "seed", ..]:
                await error.WriteLineAsync("db seed needs --demo: the demo data is the only data set there is.").ConfigureAwait(false);
                await error.WriteLineAsync(UsageText).ConfigureAwait(false);
                return Usage;
            default:
                await error.WriteLineAsync($"Unknown command: {string.Join(' ', words)}").ConfigureAwait(false);
                await error.WriteLineAsync(UsageText).ConfigureAwait(false);
                return Usage;
        }
    }

    private static bool IsConfiguration(string arg) => arg.Contains('=', StringComparison.Ordinal);
}
