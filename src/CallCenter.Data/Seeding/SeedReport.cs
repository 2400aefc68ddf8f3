namespace CallCenter.Data.Seeding;

/// <summary>What seeding wrote and how long it took, for the `db seed` output and the start log.</summary>
public sealed record SeedReport(IReadOnlyList<SeededTable> Tables, TimeSpan Elapsed, bool ReplacedExistingData)
{
    public int RowsIn(string table) => Tables.FirstOrDefault(t => t.Table == table)?.Rows ?? 0;
}
