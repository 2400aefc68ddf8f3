namespace CallCenter.Data;

public enum DatabaseProvider
{
    /// <summary>The embedded default: a file beside the server, nothing to install.</summary>
    Sqlite,

    /// <summary>Production: SQL Server through Microsoft.Data.SqlClient.</summary>
    SqlServer,
}
