using CallCenter.Data.Sql;

namespace CallCenter.Data.Schema;

internal static class SchemaSql
{
    public static readonly SqlText EnsureVersionTable = new(
        Sqlite: """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER NOT NULL PRIMARY KEY,
                name       TEXT    NOT NULL,
                applied_at TEXT    NOT NULL
            );
            """,
        SqlServer: """
            IF OBJECT_ID(N'dbo.schema_version', N'U') IS NULL
                CREATE TABLE schema_version (
                    version    INT               NOT NULL PRIMARY KEY,
                    name       VARCHAR(200)      NOT NULL,
                    applied_at DATETIMEOFFSET(3) NOT NULL
                );
            """);

    /// <summary>SQL Server only: SQLite's migration transaction already holds the write lock (BEGIN IMMEDIATE).</summary>
    public static readonly SqlText TakeMigrationLock = new(
        Sqlite: "",
        SqlServer: "EXEC sp_getapplock @Resource = 'callcenter-schema', @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 60000");

    public static readonly SqlText IsApplied = new("SELECT COUNT(*) FROM schema_version WHERE version = @Version");

    public static readonly SqlText RecordApplied = new("INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)");

    public static readonly SqlText CurrentVersion = new("SELECT MAX(version) FROM schema_version");
}
