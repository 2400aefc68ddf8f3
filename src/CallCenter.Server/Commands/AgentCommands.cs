using CallCenter.Core.Agents;
using CallCenter.Core.Ports;
using CallCenter.Data;
using CallCenter.Data.Schema;

namespace CallCenter.Server.Commands;

/// <summary>
/// `agent list`, `agent add`, `agent pin`, `agent role`, `agent deactivate` and `agent reactivate`: the agents
/// table of a deployment that has no demo data. PINs are read, hashed and stored; never printed or logged.
/// </summary>
public static class AgentCommands
{
    /// <summary>From the console: a PIN is typed unseen at a terminal, or read from standard input with --stdin.</summary>
    public static Task<int> RunAsync(IReadOnlyList<string> words, string[] configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        RunAsync(words, configuration, PinEntry.FromConsole(), output, error, cancellationToken);

    /// <param name="words">What follows `agent`.</param>
    /// <param name="configuration">Settings such as --Database:ConnectionString=...</param>
    /// <param name="pins">Where `agent pin` reads the new PIN.</param>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> words,
        string[] configuration,
        PinEntry pins,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pins);
        switch (words)
        {
            case ["list"]:
                return await WithAccountsAsync(configuration, output, error, accounts => ListAsync(accounts, output, cancellationToken), cancellationToken).ConfigureAwait(false);
            case ["add", var extension, var name]:
                return await WithAccountsAsync(configuration, output, error, accounts => AddAsync(accounts, extension, name, AgentRoles.Agent, output, error, cancellationToken), cancellationToken).ConfigureAwait(false);
            case ["add", var extension, var name, "--role", var role]:
                return await WithAccountsAsync(configuration, output, error, accounts => AddAsync(accounts, extension, name, role, output, error, cancellationToken), cancellationToken).ConfigureAwait(false);
            case ["pin", var extension] when !extension.StartsWith('-'):
                return await WithAccountsAsync(configuration, output, error, accounts => SetPinAsync(accounts, extension, pins, fromStdin: false, output, error, cancellationToken), cancellationToken).ConfigureAwait(false);
            case ["pin", var extension, "--stdin"]:
                return await WithAccountsAsync(configuration, output, error, accounts => SetPinAsync(accounts, extension, pins, fromStdin: true, output, error, cancellationToken), cancellationToken).ConfigureAwait(false);
            case ["pin", "--stdin", var extension]:
                return await WithAccountsAsync(configuration, output, error, accounts => SetPinAsync(accounts, extension, pins, fromStdin: true, output, error, cancellationToken), cancellationToken).ConfigureAwait(false);
            case ["role", var extension, var role]:
                return await WithAccountsAsync(configuration, output, error, accounts => SetRoleAsync(accounts, extension, role, output, error, cancellationToken), cancellationToken).ConfigureAwait(false);
            case ["deactivate" or "reactivate", var extension]:
                var active = words[0] == "reactivate";
                return await WithAccountsAsync(configuration, output, error, accounts => SetActiveAsync(accounts, extension, active, output, error, cancellationToken), cancellationToken).ConfigureAwait(false);
            case ["add", _, _, _, ..]:
                await error.WriteLineAsync("agent add takes an extension, one name (quote it: \"Nora Quinn\") and optionally --role agent|supervisor|admin.").ConfigureAwait(false);
                await error.WriteLineAsync(ServerCommandLine.UsageText).ConfigureAwait(false);
                return ServerCommandLine.Usage;
            default:
                await error.WriteLineAsync($"Unknown command: agent {string.Join(' ', words)}").ConfigureAwait(false);
                await error.WriteLineAsync(ServerCommandLine.UsageText).ConfigureAwait(false);
                return ServerCommandLine.Usage;
        }
    }

    private static Task<int> WithAccountsAsync(string[] configuration, TextWriter output, TextWriter error, Func<IAgentAccounts, Task<int>> command, CancellationToken cancellationToken) =>
        DatabaseCommands.RunAsync(configuration, output, error, async (services, database) =>
        {
            // The agent verbs never change the schema themselves: that is `db migrate`'s decision to make.
            var version = await services.GetRequiredService<SchemaMigrator>().CurrentVersionAsync(cancellationToken).ConfigureAwait(false);
            var newest = MigrationScripts.For(database.Provider).Max(m => m.Version);
            if (version < newest)
            {
                await error.WriteLineAsync($"The database is at schema version {version} and this server needs {newest}: run `db migrate` first.").ConfigureAwait(false);
                return ServerCommandLine.Failure;
            }
            return await command(services.GetRequiredService<IAgentAccounts>()).ConfigureAwait(false);
        });

    private static async Task<int> ListAsync(IAgentAccounts accounts, TextWriter output, CancellationToken cancellationToken)
    {
        var agents = await accounts.ListAsync(cancellationToken).ConfigureAwait(false);
        if (agents.Count == 0)
        {
            await output.WriteLineAsync("No agents yet. Take one on with: agent add EXTENSION \"NAME\"").ConfigureAwait(false);
            return ServerCommandLine.Success;
        }
        var extensionWidth = Math.Max("Extension".Length, agents.Max(a => a.Extension.Length)) + 2;
        var nameWidth = Math.Max("Name".Length, agents.Max(a => a.Name.Length)) + 2;
        var roleWidth = AgentRoles.All.Max(r => r.Length) + 2;
        var pinWidth = "not set".Length + 2;
        await output.WriteLineAsync($"{"Extension".PadRight(extensionWidth)}{"Name".PadRight(nameWidth)}{"Role".PadRight(roleWidth)}{"PIN".PadRight(pinWidth)}Status").ConfigureAwait(false);
        foreach (var agent in agents)
        {
            var pin = agent.HasPin ? "set" : "not set";
            var status = agent.Active ? "active" : "deactivated";
            await output.WriteLineAsync($"{agent.Extension.PadRight(extensionWidth)}{agent.Name.PadRight(nameWidth)}{agent.Role.PadRight(roleWidth)}{pin.PadRight(pinWidth)}{status}").ConfigureAwait(false);
        }
        return ServerCommandLine.Success;
    }

    private static async Task<int> AddAsync(IAgentAccounts accounts, string extension, string name, string role, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var agent = new NewAgent(extension.Trim(), name.Trim(), role);
        try
        {
            await accounts.AddAsync(agent, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception refused) when (refused is ArgumentException or AgentExtensionTakenException)
        {
            return await RefuseAsync(error, refused).ConfigureAwait(false);
        }
        await output.WriteLineAsync($"Added agent {agent.Extension} {agent.Name} ({agent.Role}). They cannot sign in until they have a PIN.").ConfigureAwait(false);
        await output.WriteLineAsync("Next:").ConfigureAwait(false);
        await output.WriteLineAsync($"  their PIN:           agent pin {agent.Extension}").ConfigureAwait(false);
        await output.WriteLineAsync("  to be offered calls: an entry under agents: in flows/queues.yaml with their skills, e.g.").ConfigureAwait(false);
        await output.WriteLineAsync($"                       - {{extension: \"{agent.Extension}\", name: \"{agent.Name.Replace("\"", "\\\"", StringComparison.Ordinal)}\", skills: {{support: 3, en: 5}}}}").ConfigureAwait(false);
        await output.WriteLineAsync($"  their softphone:     a PJSIP endpoint, auth and aor named {agent.Extension} in asterisk-config/pjsip.conf (as 1001's)").ConfigureAwait(false);
        return ServerCommandLine.Success;
    }

    private static async Task<int> SetPinAsync(IAgentAccounts accounts, string extension, PinEntry pins, bool fromStdin, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (await FindAsync(accounts, extension, error, cancellationToken).ConfigureAwait(false) is not { } agent)
        {
            return ServerCommandLine.Failure;
        }
        string? pin;
        if (fromStdin)
        {
            pin = await pins.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (pins.IsTerminal)
        {
            pin = await pins.AskHiddenAsync($"New PIN for {agent.Extension} {agent.Name} ({AgentPin.Rule}): ", output, cancellationToken).ConfigureAwait(false);
            if (AgentPin.IsWellFormed(pin))
            {
                var again = await pins.AskHiddenAsync("The same PIN again: ", output, cancellationToken).ConfigureAwait(false);
                if (again != pin)
                {
                    await error.WriteLineAsync("The two PINs differ. Nothing changed.").ConfigureAwait(false);
                    return ServerCommandLine.Failure;
                }
            }
        }
        else
        {
            await error.WriteLineAsync("Standard input is not a terminal, so the PIN cannot be typed unseen: pass --stdin to read it from standard input. Nothing changed.").ConfigureAwait(false);
            return ServerCommandLine.Failure;
        }
        if (pin is null)
        {
            await error.WriteLineAsync("The input ended before a PIN. Nothing changed.").ConfigureAwait(false);
            return ServerCommandLine.Failure;
        }
        if (!AgentPin.IsWellFormed(pin))
        {
            await error.WriteLineAsync($"A PIN is {AgentPin.Rule} (0-9), nothing else. Nothing changed.").ConfigureAwait(false);
            return ServerCommandLine.Failure;
        }
        try
        {
            await accounts.SetPinHashAsync(agent.Extension, AgentPin.Hash(pin), cancellationToken).ConfigureAwait(false);
        }
        catch (UnknownAgentException refused)
        {
            return await RefuseAsync(error, refused).ConfigureAwait(false);
        }
        var inactive = agent.Active ? "" : " They are deactivated: `agent reactivate` lets them sign in.";
        await output.WriteLineAsync($"PIN set for agent {agent.Extension} {agent.Name}; it takes effect at their next sign-in.{inactive}").ConfigureAwait(false);
        return ServerCommandLine.Success;
    }

    private static async Task<int> SetRoleAsync(IAgentAccounts accounts, string extension, string role, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (await FindAsync(accounts, extension, error, cancellationToken).ConfigureAwait(false) is not { } agent)
        {
            return ServerCommandLine.Failure;
        }
        try
        {
            await accounts.SetRoleAsync(agent.Extension, role, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception refused) when (refused is ArgumentException or UnknownAgentException)
        {
            return await RefuseAsync(error, refused).ConfigureAwait(false);
        }
        await output.WriteLineAsync($"Agent {agent.Extension} {agent.Name} is now {role} (was {agent.Role}), from their next sign-in.").ConfigureAwait(false);
        return ServerCommandLine.Success;
    }

    private static async Task<int> SetActiveAsync(IAgentAccounts accounts, string extension, bool active, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (await FindAsync(accounts, extension, error, cancellationToken).ConfigureAwait(false) is not { } agent)
        {
            return ServerCommandLine.Failure;
        }
        try
        {
            await accounts.SetActiveAsync(agent.Extension, active, cancellationToken).ConfigureAwait(false);
        }
        catch (UnknownAgentException refused)
        {
            return await RefuseAsync(error, refused).ConfigureAwait(false);
        }
        var what = active
            ? $"Agent {agent.Extension} {agent.Name} is active again and can sign in{(agent.HasPin ? "" : " once they have a PIN")}."
            : $"Agent {agent.Extension} {agent.Name} is deactivated: they can no longer sign in; their calls keep their name. Take them out of flows/queues.yaml too.";
        await output.WriteLineAsync(what).ConfigureAwait(false);
        return ServerCommandLine.Success;
    }

    /// <summary>The agent with this extension, active or not; null after saying on <paramref name="error"/> that there is none.</summary>
    private static async Task<AgentAccount?> FindAsync(IAgentAccounts accounts, string extension, TextWriter error, CancellationToken cancellationToken)
    {
        var agents = await accounts.ListAsync(cancellationToken).ConfigureAwait(false);
        var agent = agents.FirstOrDefault(a => a.Extension == extension.Trim());
        if (agent is null)
        {
            await error.WriteLineAsync($"No agent has extension {extension.Trim()}. `agent list` shows them all. Nothing changed.").ConfigureAwait(false);
        }
        return agent;
    }

    private static async Task<int> RefuseAsync(TextWriter error, Exception refused)
    {
        var message = refused is ArgumentException argument ? argument.Message.Split(" (Parameter", 2)[0] : refused.Message;
        await error.WriteLineAsync($"{message} Nothing changed.").ConfigureAwait(false);
        return ServerCommandLine.Failure;
    }
}
