namespace CallCenter.Data.Schema;

/// <summary>One versioned script of one dialect, e.g. Sql/Sqlite/0001_initial.sql is version 1, "initial".</summary>
public sealed record Migration(int Version, string Name, string Script);
