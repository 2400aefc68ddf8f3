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

    // Everyone, the deactivated too, and whether a PIN is set rather than its hash: what an administrator lists.
    public static readonly SqlText ListAccounts = new("""
        SELECT extension, name, role, CASE WHEN pin_hash = '' THEN 0 ELSE 1 END AS has_pin, active
        FROM agents
        ORDER BY extension
        """);

    public static readonly SqlText Holder = new("""
        SELECT name, active FROM agents WHERE extension = @Extension
        """);

    public static readonly SqlText Insert = new("""
        INSERT INTO agents (extension, name, pin_hash, role, active) VALUES (@Extension, @Name, @PinHash, @Role, 1)
        """);

    public static readonly SqlText InsertSkill = new("""
        INSERT INTO agent_skills (extension, skill, level) VALUES (@Extension, @Skill, @Level)
        """);

    public static readonly SqlText SetPinHash = new("""
        UPDATE agents SET pin_hash = @PinHash WHERE extension = @Extension
        """);

    public static readonly SqlText SetRole = new("""
        UPDATE agents SET role = @Role WHERE extension = @Extension
        """);

    public static readonly SqlText SetActive = new("""
        UPDATE agents SET active = @Active WHERE extension = @Extension
        """);
}
