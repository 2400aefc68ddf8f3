namespace CallCenter.Data.Seeding;

/// <summary>How many rows seeding wrote into one table.</summary>
public sealed record SeededTable(string Table, int Rows);
