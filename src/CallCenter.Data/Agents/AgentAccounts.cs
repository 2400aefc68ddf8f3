using System.Text.RegularExpressions;
using CallCenter.Core.Agents;
using CallCenter.Core.Ports;
using CallCenter.Data.Mapping;
using CallCenter.Data.Resilience;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Agents;

/// <summary>The agents table as an administrator changes it: new agents, PINs, roles, leaving and coming back.</summary>
public sealed partial class AgentAccounts : IAgentAccounts
{
    // The lengths the columns hold on SQL Server (agents.extension, agents.name, agents.pin_hash, agent_skills.skill).
    private const int ExtensionLength = 20;
    private const int NameLength = 200;
    private const int PinHashLength = 200;
    private const int SkillLength = 50;

    private readonly GuardedDatabase database;
    private readonly ILogger logger;

    public AgentAccounts(DbConnectionFactory database, ILogger<AgentAccounts>? logger = null)
    {
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
        this.database = new GuardedDatabase(database, this.logger);
    }

    public Task<IReadOnlyList<AgentAccount>> ListAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<AgentAccount>>(
            "the agent accounts",
            async (connection, token) =>
            {
                var rows = await connection.QueryAsync<AgentAccountRow>(database.Command(AgentSql.ListAccounts, null, token)).ConfigureAwait(false);
                return rows.Select(r => r.ToAccount()).ToList();
            },
            cancellationToken);

    public async Task AddAsync(NewAgent agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var extension = CheckedExtension(agent.Extension);
        var name = agent.Name?.Trim() ?? "";
        if (name.Length == 0 || name.Length > NameLength)
        {
            throw new ArgumentException($"An agent needs a name of 1 to {NameLength} characters.", nameof(agent));
        }
        var role = CheckedRole(agent.Role);
        var pinHash = agent.PinHash ?? "";
        if (pinHash.Length > PinHashLength)
        {
            throw new ArgumentException("The PIN hash is longer than the agents table holds.", nameof(agent));
        }
        foreach (var (skill, level) in agent.Skills)
        {
            if (string.IsNullOrWhiteSpace(skill) || skill.Length > SkillLength || level is < 1 or > 5)
            {
                throw new ArgumentException($"Skill \"{skill}\" level {level}: a skill has a name of 1 to {SkillLength} characters and a level from 1 to 5.", nameof(agent));
            }
        }

        await database.ChangeAsync(
            "adding an agent",
            async (connection, transaction, token) =>
            {
                var holder = await connection.QuerySingleOrDefaultAsync<AgentHolderRow>(database.Command(AgentSql.Holder, new { Extension = AnsiText.Of(extension) }, token, transaction)).ConfigureAwait(false);
                if (holder is not null)
                {
                    throw new AgentExtensionTakenException(extension, holder.Name, holder.Active);
                }
                await connection.ExecuteAsync(database.Command(
                    AgentSql.Insert,
                    new { Extension = AnsiText.Of(extension), Name = name, PinHash = AnsiText.Of(pinHash), Role = AnsiText.Of(role) },
                    token,
                    transaction)).ConfigureAwait(false);
                foreach (var (skill, level) in agent.Skills)
                {
                    await connection.ExecuteAsync(database.Command(
                        AgentSql.InsertSkill,
                        new { Extension = AnsiText.Of(extension), Skill = AnsiText.Of(skill.Trim()), Level = level },
                        token,
                        transaction)).ConfigureAwait(false);
                }
                return true;
            },
            cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Agent {Agent} added as {Role}", extension, role);
    }

    public async Task SetPinHashAsync(string extension, string pinHash, CancellationToken cancellationToken)
    {
        extension = CheckedExtension(extension);
        if (string.IsNullOrEmpty(pinHash) || pinHash.Length > PinHashLength)
        {
            throw new ArgumentException("A PIN hash is needed, as AgentPin.Hash makes it.", nameof(pinHash));
        }
        await UpdateAsync("setting an agent's PIN", extension, AgentSql.SetPinHash, new { Extension = AnsiText.Of(extension), PinHash = AnsiText.Of(pinHash) }, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Agent {Agent}'s PIN changed", extension);
    }

    public async Task SetRoleAsync(string extension, string role, CancellationToken cancellationToken)
    {
        extension = CheckedExtension(extension);
        role = CheckedRole(role);
        await UpdateAsync("setting an agent's role", extension, AgentSql.SetRole, new { Extension = AnsiText.Of(extension), Role = AnsiText.Of(role) }, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Agent {Agent}'s role set to {Role}", extension, role);
    }

    public async Task SetActiveAsync(string extension, bool active, CancellationToken cancellationToken)
    {
        extension = CheckedExtension(extension);
        await UpdateAsync(active ? "reactivating an agent" : "deactivating an agent", extension, AgentSql.SetActive, new { Extension = AnsiText.Of(extension), Active = active }, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Agent {Agent} {Change}", extension, active ? "reactivated" : "deactivated");
    }

    private Task UpdateAsync(string what, string extension, Sql.SqlText sql, object parameters, CancellationToken cancellationToken) =>
        database.ChangeAsync(
            what,
            async (connection, transaction, token) =>
            {
                var changed = await connection.ExecuteAsync(database.Command(sql, parameters, token, transaction)).ConfigureAwait(false);
                return changed == 0 ? throw new UnknownAgentException(extension) : changed;
            },
            cancellationToken);

    private static string CheckedExtension(string? extension)
    {
        var trimmed = extension?.Trim() ?? "";
        return ExtensionPattern().IsMatch(trimmed)
            ? trimmed
            : throw new ArgumentException($"\"{extension}\" is not an extension: 1 to {ExtensionLength} letters, digits, '.', '-' or '_', as the agent's PJSIP endpoint is named.", nameof(extension));
    }

    private static string CheckedRole(string? role) =>
        AgentRoles.IsKnown(role)
            ? role!
            : throw new ArgumentException($"\"{role}\" is not a role: {string.Join(", ", AgentRoles.All)}.", nameof(role));

    [GeneratedRegex(@"^[A-Za-z0-9._-]{1,20}$")]
    private static partial Regex ExtensionPattern();
}
