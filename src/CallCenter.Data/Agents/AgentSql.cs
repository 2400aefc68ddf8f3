using CallCenter.Data.Sql;

namespace CallCenter.Data.Agents;

internal static class AgentSql
{
    // Agents who left stay in the table for the history but are neither listed nor able to sign in.
    private const string Select = """
        SELECT a.extension, a.name, a.pin_hash, a.role, s.skill, s.level
        FROM agents a
        LEFT JOIN agent_skills s ON s.extension = a.extension
        """;

    public static readonly SqlText List = new($"""
        {Select}
        WHERE a.active = 1
        ORDER BY a.extension, s.skill
        """);

    public static readonly SqlText Get = new($"""
        {Select}
        WHERE a.extension = @Extension AND a.active = 1
        ORDER BY s.skill
        """);
}
