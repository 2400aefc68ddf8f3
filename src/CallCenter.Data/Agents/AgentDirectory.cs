using CallCenter.Core.Agents;
using CallCenter.Core.Ports;
using CallCenter.Data.Mapping;
using CallCenter.Data.Resilience;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Data.Agents;

/// <summary>The active agents with their skills and PIN hashes.</summary>
public sealed class AgentDirectory : IAgentDirectory
{
    private readonly GuardedDatabase database;

    public AgentDirectory(DbConnectionFactory database, ILogger<AgentDirectory>? logger = null) =>
        this.database = new GuardedDatabase(database, (ILogger?)logger ?? NullLogger.Instance);

    public Task<IReadOnlyList<Agent>> ListAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Agent>>(
            "the agent list",
            async (connection, token) =>
            {
                var rows = await connection.QueryAsync<AgentRow>(database.Command(AgentSql.List, null, token)).ConfigureAwait(false);
                return rows.GroupBy(r => r.Extension).Select(AgentRow.Merge).ToList();
            },
            cancellationToken);

    public Task<Agent?> GetAsync(string extension, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(extension)
            ? Task.FromResult<Agent?>(null)
            : database.ReadAsync(
                "an agent lookup",
                async (connection, token) =>
                {
                    var rows = (await connection.QueryAsync<AgentRow>(database.Command(AgentSql.Get, new { Extension = AnsiText.Of(extension.Trim()) }, token)).ConfigureAwait(false)).AsList();
                    return rows.Count == 0 ? null : AgentRow.Merge(rows);
                },
                cancellationToken);
}
